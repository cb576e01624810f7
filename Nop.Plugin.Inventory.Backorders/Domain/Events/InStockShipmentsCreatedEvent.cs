using Nop.Core.Domain.Shipping;

namespace Nop.Plugin.Inventory.Backorders.Domain.Events;

/// <summary>
/// Published after "ship what is in stock" created nopCommerce shipments for an order (one per warehouse), after
/// nopCommerce's own ShipmentCreatedEvent for each. <paramref name="QuantityStillToCome"/>: units of the order's shippable
/// lines left for a later shipment (backordered, or not on the warehouses' shelves).
/// </summary>
public record InStockShipmentsCreatedEvent(int OrderId, IReadOnlyList<Shipment> Shipments, int QuantityStillToCome);
