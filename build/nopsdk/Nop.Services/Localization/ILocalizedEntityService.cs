namespace Nop.Services.Localization;

// Declared for constructor signatures; no members used.
public partial interface ILocalizedEntityService;
