namespace Nop.Services.Shipping;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface IShipmentService;
