namespace Nop.Services.Helpers;

// Declared for constructor signatures; no members used.
public partial interface IDateTimeHelper;
