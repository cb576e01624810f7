namespace Nop.Services.Catalog;

// Declared for constructor signatures; no members used.
public partial interface IProductTagService;
