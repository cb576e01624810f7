namespace Nop.Services.Orders;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface ICheckoutAttributeFormatter;
