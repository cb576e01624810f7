namespace Nop.Services.Stores;

// Declared for constructor signatures; no members used.
public partial interface IStoreMappingService;
