namespace Nop.Services.Media;

// Declared for constructor signatures; no members used.
public partial interface IThumbService;
