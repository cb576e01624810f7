using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using System.Globalization;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Shipping;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>
/// "Ship what is in stock": reads the order's lines, the ledger, the shipments so far and the warehouses' shelves in a few
/// queries, decides with <see cref="ShipInStockPlan"/>, then writes as nopCommerce's admin AddShipment does, through
/// nopCommerce's services: the shipment, its items (with their warehouse), the order note, ShipmentCreatedEvent. The
/// shipments are left "not yet shipped": the merchant adds tracking and ships them in nopCommerce, which books the
/// stock and e-mails the customer.
/// </summary>
public class ShipInStockService : IShipInStockService
{
    // One run at a time in this process: a double click must not create the same shipment twice.
    private static readonly SemaphoreSlim _oneAtATime = new(1, 1);

    private readonly IEventPublisher _eventPublisher;
    private readonly IRepository<OrderItemBackorder> _ledger;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IOrderService _orderService;
    private readonly IRepository<Product> _products;
    private readonly IRepository<ShipmentItem> _shipmentItems;
    private readonly IRepository<Shipment> _shipments;
    private readonly IShipmentService _shipmentService;
    private readonly IRepository<ProductWarehouseInventory> _warehouseInventory;
    private readonly IWorkContext _workContext;

    public ShipInStockService(IEventPublisher eventPublisher,
        IRepository<OrderItemBackorder> ledger,
        ILocalizationService localizationService,
        IRepository<Order> orders,
        IRepository<OrderItem> orderItems,
        IOrderService orderService,
        IRepository<Product> products,
        IRepository<ShipmentItem> shipmentItems,
        IRepository<Shipment> shipments,
        IShipmentService shipmentService,
        IRepository<ProductWarehouseInventory> warehouseInventory,
        IWorkContext workContext)
    {
        _eventPublisher = eventPublisher;
        _ledger = ledger;
        _localizationService = localizationService;
        _orders = orders;
        _orderItems = orderItems;
        _orderService = orderService;
        _products = products;
        _shipmentItems = shipmentItems;
        _shipments = shipments;
        _shipmentService = shipmentService;
        _warehouseInventory = warehouseInventory;
        _workContext = workContext;
    }

    /// <summary>The locale resource key (full) of a refusal.</summary>
    public static string RefusalKey(ShipInStockRefusal refusal) => BackordersDefaults.ResourcePrefix + "ShipInStock.Refused." + refusal;

    public async Task<ShipInStockResult> ShipWhatIsInStockAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Deleted || order.OrderStatus == OrderStatus.Cancelled)
            return new ShipInStockResult([], BackordersDefaults.ResourcePrefix + "ShipInStock.Refused.OrderCancelled");

        await _oneAtATime.WaitAsync();
        try
        {
            // A vendor ships only its own products, as in nopCommerce's AddShipment.
            var vendorId = (await _workContext.GetCurrentVendorAsync())?.Id ?? 0;
            var (lines, stock) = await ReadAsync(order.Id, vendorId);
            var plan = ShipInStockPlan.Plan(lines, stock);
            if (plan.Refusal != ShipInStockRefusal.None)
                return new ShipInStockResult([], RefusalKey(plan.Refusal));

            var noteFormat = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "ShipInStock.OrderNote");
            var created = new List<Shipment>();
            foreach (var planned in plan.Shipments)
            {
                var shipment = new Shipment
                {
                    OrderId = order.Id,
                    TotalWeight = planned.TotalWeight,
                    CreatedOnUtc = DateTime.UtcNow
                };
                await _shipmentService.InsertShipmentAsync(shipment);
                foreach (var item in planned.Items)
                {
                    await _shipmentService.InsertShipmentItemAsync(new ShipmentItem
                    {
                        ShipmentId = shipment.Id, OrderItemId = item.OrderItemId, Quantity = item.Quantity, WarehouseId = item.WarehouseId
                    });
                }

                await _orderService.InsertOrderNoteAsync(new OrderNote
                {
                    OrderId = order.Id,
                    Note = string.Format(CultureInfo.InvariantCulture, noteFormat, shipment.Id, planned.Items.Sum(i => i.Quantity), plan.StillToCome),
                    DisplayToCustomer = false,
                    CreatedOnUtc = DateTime.UtcNow
                });
                await _eventPublisher.PublishAsync(new ShipmentCreatedEvent(shipment));
                created.Add(shipment);
            }

            await _eventPublisher.PublishAsync(new InStockShipmentsCreatedEvent(order.Id, created, plan.StillToCome));
            return new ShipInStockResult(created, null, plan.StillToCome);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<(List<ShipInStockLine> Lines, List<WarehouseStock> Stock)> ReadAsync(int orderId, int vendorId)
    {
        var items = await (from oi in _orderItems.Table
            join p in _products.Table on oi.ProductId equals p.Id
            where oi.OrderId == orderId && (vendorId == 0 || p.VendorId == vendorId)
            select new
            {
                oi.Id, oi.ProductId, oi.Quantity, oi.ItemWeight, p.IsShipEnabled, p.ManageInventoryMethodId, p.UseMultipleWarehouses,
                p.WarehouseId
            }).ToListAsync();
        if (items.Count == 0)
            return ([], []);

        var itemIds = items.Select(i => i.Id).ToList();
        var inShipments = (await (from si in _shipmentItems.Table
                join s in _shipments.Table on si.ShipmentId equals s.Id
                where s.OrderId == orderId && itemIds.Contains(si.OrderItemId)
                select new { si.OrderItemId, si.Quantity }).ToListAsync())
            .GroupBy(x => x.OrderItemId)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Quantity));
        var ledger = ItemLedgerRows.ByOrderItem(await _ledger.Table.Where(b => b.OrderId == orderId).ToListAsync(),
            items.ToDictionary(i => i.Id, i => i.ProductId));

        var lines = items.Select(i =>
        {
            var multiple = i.ManageInventoryMethodId == (int)ManageInventoryMethod.ManageStock && i.UseMultipleWarehouses;
            ShipInStockLedger? row = ledger.TryGetValue(i.Id, out var b)
                ? new ShipInStockLedger(b.QuantityOrdered, b.QuantityBackordered, b.QuantityFilled, b.WarehouseId)
                : null;
            return new ShipInStockLine(i.Id, i.ProductId, i.Quantity, inShipments.GetValueOrDefault(i.Id), i.IsShipEnabled, row, multiple,
                i.WarehouseId, i.ItemWeight);
        }).ToList();

        var multipleIds = lines.Where(l => l.UsesMultipleWarehouses && l.IsShipEnabled).Select(l => l.ProductId).Distinct().ToList();
        if (multipleIds.Count == 0)
            return (lines, []);

        var shelves = await _warehouseInventory.Table.Where(w => multipleIds.Contains(w.ProductId)).ToListAsync();
        // nopCommerce's planned quantity: units in shipments not yet shipped or delivered, of orders neither deleted nor cancelled.
        var planned = (await (from si in _shipmentItems.Table
                join s in _shipments.Table on si.ShipmentId equals s.Id
                join o in _orders.Table on s.OrderId equals o.Id
                join oi in _orderItems.Table on si.OrderItemId equals oi.Id
                where !o.Deleted && o.OrderStatusId != (int)OrderStatus.Cancelled && s.ShippedDateUtc == null && s.DeliveryDateUtc == null
                      && multipleIds.Contains(oi.ProductId)
                select new { oi.ProductId, si.WarehouseId, si.Quantity }).ToListAsync())
            .GroupBy(x => (x.ProductId, x.WarehouseId))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Quantity));

        var stock = shelves
            .Select(w => new WarehouseStock(w.ProductId, w.WarehouseId, w.StockQuantity, w.ReservedQuantity,
                planned.GetValueOrDefault((w.ProductId, w.WarehouseId))))
            .ToList();
        return (lines, stock);
    }
}
