namespace Nop.Services.Security;

// Declared for constructor signatures; no members used.
public partial interface IAclService;
