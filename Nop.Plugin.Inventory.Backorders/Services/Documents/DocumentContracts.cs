using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

// The documents feature's shared shapes: the pick list (data, CSV, PDF), the plugin's own invoice and packaging slip,
// and "ship what is in stock". Each part lives in its own file beside this one.

/// <summary>How a pick list groups its lines.</summary>
public enum PickListGrouping
{
    /// <summary>One block per order, its lines under it.</summary>
    ByOrder = 0,

    /// <summary>Lines summed per product (and combination and warehouse) across the orders: how warehouse pickers pick.</summary>
    ByProduct = 10
}

/// <summary>An item column the merchant can choose for the plugin's invoice and packaging slip layout.</summary>
public enum DocumentColumn
{
    Name = 0,
    Sku = 10,
    Vendor = 20,
    Price = 30,

    /// <summary>nopCommerce's "Qty" (on a packaging slip: the quantity in the shipment); "Qty Ordered" when renamed.</summary>
    Quantity = 40,

    /// <summary>Backordered at placement (from the ledger).</summary>
    QuantityBackordered = 50,

    /// <summary>Still waiting for stock (backordered − filled − cancelled).</summary>
    QuantityOpen = 60,

    Total = 70
}

/// <summary>One printed line of a pick list.</summary>
/// <param name="OrderId">The order; null when lines are summed by product.</param>
/// <param name="OrderNumber">nopCommerce's custom order number; null when summed by product.</param>
/// <param name="Attributes">The line's attribute description as plain text (never HTML), empty when none.</param>
/// <param name="QuantityInStock">Available now for the line's product / combination / warehouse.</param>
/// <param name="WarehouseName">Null unless the product uses multiple warehouses or the line is shipped from a named warehouse.</param>
/// <param name="WarehouseLocation">nopCommerce has no bin/location field; the warehouse's admin comment is printed when present.</param>
/// <param name="Message">The rendered backorder (or in-stock) message; empty when none applies.</param>
public sealed record PickListLine(
    int? OrderId,
    string OrderNumber,
    int ProductId,
    int? CombinationId,
    string Sku,
    string ProductName,
    string Attributes,
    int QuantityOrdered,
    int QuantityInStock,
    int QuantityBackordered,
    int QuantityFilled,
    int QuantityOpen,
    int? WarehouseId,
    string WarehouseName,
    string WarehouseLocation,
    DateTime? ExpectedRestockDate,
    string Message);

/// <summary>A pick list ready to print: lines sorted by warehouse, then SKU (by order: by order, then warehouse, then SKU).</summary>
public sealed record PickList(PickListGrouping Grouping, IReadOnlyList<PickListLine> Lines, bool ShowWarehouse, DateTime CreatedOnUtc);

/// <summary>Builds pick lists from orders, the ledger and current stock.</summary>
public interface IPickListService
{
    /// <param name="orderIds">The orders to pick (unknown or deleted ids are skipped).</param>
    /// <param name="grouping">Null: the configured grouping.</param>
    Task<PickList> BuildAsync(IReadOnlyCollection<int> orderIds, PickListGrouping? grouping = null);

    /// <summary>Writes the pick list as CSV (formula-injection safe), headers in the admin's language.</summary>
    Task WriteCsvAsync(Stream stream, PickList pickList);
}

/// <summary>The plugin's own PDF layouts (SkiaSharp): invoice with the chosen columns, packaging slip, pick list.</summary>
public interface IBackorderPdfService
{
    /// <summary>The invoice/order PDF in the plugin's layout with <see cref="BackorderSettings.InvoiceColumns"/>.</summary>
    Task PrintInvoiceAsync(Stream stream, Order order, Language language = null);

    /// <summary>The packaging slip in the plugin's layout with <see cref="BackorderSettings.PackagingSlipColumns"/>, showing what is still to come.</summary>
    Task PrintPackagingSlipAsync(Stream stream, Shipment shipment, Language language = null);

    Task PrintPickListAsync(Stream stream, PickList pickList, Language language = null);
}

/// <summary>The outcome of "ship what is in stock".</summary>
/// <param name="Shipments">The shipments created (one per warehouse); empty when refused.</param>
/// <param name="RefusalResourceKey">Null on success; else the locale resource key of the reason (e.g. nothing shippable).</param>
/// <param name="QuantityStillToCome">Units of the order's shippable lines left for a later shipment.</param>
public sealed record ShipInStockResult(IReadOnlyList<Shipment> Shipments, string RefusalResourceKey, int QuantityStillToCome = 0);

/// <summary>Creates nopCommerce shipments for the in-stock and filled part of an order's lines.</summary>
public interface IShipInStockService
{
    Task<ShipInStockResult> ShipWhatIsInStockAsync(Order order);
}
