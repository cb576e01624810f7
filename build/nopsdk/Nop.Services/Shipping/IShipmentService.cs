namespace Nop.Services.Shipping;

// Declared for constructor signatures; no members used.
public partial interface IShipmentService;
