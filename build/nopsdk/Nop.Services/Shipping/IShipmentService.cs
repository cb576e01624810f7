using Nop.Core.Domain.Shipping;

namespace Nop.Services.Shipping;

// Subset the plugin calls.
public partial interface IShipmentService
{
    Task InsertShipmentAsync(Shipment shipment);
    Task InsertShipmentItemAsync(ShipmentItem shipmentItem);
}
