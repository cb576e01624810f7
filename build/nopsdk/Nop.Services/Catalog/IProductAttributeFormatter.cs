namespace Nop.Services.Catalog;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface IProductAttributeFormatter;
