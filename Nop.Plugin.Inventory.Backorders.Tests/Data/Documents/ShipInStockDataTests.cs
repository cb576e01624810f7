using LinqToDB;
using LinqToDB.Data;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Vendors;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Shipping;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LifeData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Documents;

/// <summary>
/// "Ship what is in stock" over a real database: the service reads orders, items, products, the ledger, shipments and
/// warehouse rows through the repositories; nopCommerce's shipment and order services are stand-ins that write through
/// the repositories as nopCommerce's do (InsertShipmentAsync / InsertShipmentItemAsync / InsertOrderNoteAsync).
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class ShipInStockDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private Mock<IEventPublisher> _publisher;
    private Vendor _vendor;

    [OneTimeSetUp]
    public void ShipmentTables() => Database.CreateNopTables(typeof(Shipment), typeof(ShipmentItem), typeof(OrderNote));

    [SetUp]
    public void NewRequest()
    {
        _publisher = new Mock<IEventPublisher>();
        _vendor = null;
    }

    private ShipInStockService Service()
    {
        var shipments = new Mock<IShipmentService>(MockBehavior.Strict);
        shipments.Setup(s => s.InsertShipmentAsync(It.IsAny<Shipment>())).Returns<Shipment>(s => Database.GetRepository<Shipment>().InsertAsync(s));
        shipments.Setup(s => s.InsertShipmentItemAsync(It.IsAny<ShipmentItem>())).Returns<ShipmentItem>(i => Database.GetRepository<ShipmentItem>().InsertAsync(i));
        var orders = new Mock<IOrderService>(MockBehavior.Strict);
        orders.Setup(s => s.InsertOrderNoteAsync(It.IsAny<OrderNote>())).Returns<OrderNote>(n => Database.GetRepository<OrderNote>().InsertAsync(n));
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key + " {0}/{1}/{2}");
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentVendorAsync()).ReturnsAsync(() => _vendor);

        return new ShipInStockService(_publisher.Object, Database.GetRepository<OrderItemBackorder>(), localization.Object,
            Database.GetRepository<Order>(), Database.GetRepository<OrderItem>(), orders.Object, Database.GetRepository<Product>(),
            Database.GetRepository<ShipmentItem>(), Database.GetRepository<Shipment>(), shipments.Object,
            Database.GetRepository<ProductWarehouseInventory>(), workContext.Object);
    }

    private Task<Product> ShippableAsync(Action<Product> change = null) => ProductAsync(Database, 0, p =>
    {
        p.IsShipEnabled = true;
        change?.Invoke(p);
    });

    private List<Shipment> Shipments()
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<Shipment>().OrderBy(s => s.Id).ToList();
    }

    private List<ShipmentItem> ShipmentItems()
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<ShipmentItem>().OrderBy(s => s.OrderItemId).ThenBy(s => s.WarehouseId).ToList();
    }

    private List<OrderNote> Notes()
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<OrderNote>().OrderBy(s => s.Id).ToList();
    }

    private IReadOnlyList<T> Published<T>() => _publisher.Invocations
        .Where(i => i.Method.Name == nameof(IEventPublisher.PublishAsync))
        .Select(i => i.Arguments[0]).OfType<T>().ToList();

    [Test]
    public async Task Each_line_ships_its_in_stock_and_filled_part_and_the_rest_waits()
    {
        var product = await ShippableAsync();
        var order = await OrderAsync(Database);
        var plain = await ItemAsync(Database, order, product, 2);               // nothing backordered: 2
        var partly = await ItemAsync(Database, order, product, 5);              // 3 backordered, 1 filled: 3
        await LineAsync(Database, partly, backordered: 3, filled: 1);
        var waiting = await ItemAsync(Database, order, product, 4);             // all backordered: 0
        await LineAsync(Database, waiting, backordered: 4);
        var download = await ItemAsync(Database, order, await ProductAsync(Database, 0, p => p.IsShipEnabled = false), 1);

        var result = await Service().ShipWhatIsInStockAsync(order);

        result.RefusalResourceKey.Should().BeNull();
        result.QuantityStillToCome.Should().Be(6, "3 − 1 of the partly filled line and the 4 waiting");
        var shipment = Shipments().Should().ContainSingle().Subject;
        shipment.OrderId.Should().Be(order.Id);
        shipment.ShippedDateUtc.Should().BeNull();
        result.Shipments.Should().ContainSingle().Which.Id.Should().Be(shipment.Id);
        ShipmentItems().Select(i => (i.OrderItemId, i.Quantity, i.ShipmentId))
            .Should().Equal((plain.Id, 2, shipment.Id), (partly.Id, 3, shipment.Id));
        ShipmentItems().Should().NotContain(i => i.OrderItemId == waiting.Id || i.OrderItemId == download.Id);

        var note = Notes().Should().ContainSingle().Subject;
        note.Should().Match<OrderNote>(n => n.OrderId == order.Id && !n.DisplayToCustomer);
        note.Note.Should().Be($"{BackordersDefaults.ResourcePrefix}ShipInStock.OrderNote {shipment.Id}/5/6");
        Published<ShipmentCreatedEvent>().Should().ContainSingle().Which.Shipment.Id.Should().Be(shipment.Id);
        Published<InStockShipmentsCreatedEvent>().Should().ContainSingle()
            .Which.Should().Match<InStockShipmentsCreatedEvent>(e => e.OrderId == order.Id && e.Shipments.Count == 1 && e.QuantityStillToCome == 6);
    }

    [Test]
    public async Task A_product_attached_to_a_line_does_not_hold_the_line_back()
    {
        // nopCommerce's "associated product" attribute value: the attached product went below zero, the line's own did not.
        var product = await ShippableAsync();
        var attached = await ProductAsync(Database, 0);
        var order = await OrderAsync(Database);
        var item = await ItemAsync(Database, order, product, 2);
        var now = DateTime.UtcNow;
        await Database.GetRepository<OrderItemBackorder>().InsertAsync(new OrderItemBackorder
        {
            OrderId = order.Id, OrderItemId = item.Id, ProductId = attached.Id, QuantityOrdered = 2, QuantityBackordered = 2,
            Status = BackorderLineStatus.Open, CreatedOnUtc = now, UpdatedOnUtc = now
        }, publishEvent: false);

        var result = await Service().ShipWhatIsInStockAsync(order);

        result.RefusalResourceKey.Should().BeNull();
        ShipmentItems().Select(i => (i.OrderItemId, i.Quantity)).Should().Equal((item.Id, 2));
    }

    [Test]
    public async Task Item_weights_are_totalled_as_nopCommerce_does()
    {
        var product = await ShippableAsync();
        var order = await OrderAsync(Database);
        var heavy = await ItemAsync(Database, order, product, 2);
        heavy.ItemWeight = 1.25m;
        await Database.GetRepository<OrderItem>().UpdateAsync(heavy, publishEvent: false);
        await ItemAsync(Database, order, product, 1);

        await Service().ShipWhatIsInStockAsync(order);

        Shipments().Single().TotalWeight.Should().Be(2.5m);
    }

    [Test]
    public async Task Two_warehouses_give_two_shipments()
    {
        var product = await ShippableAsync(p => p.UseMultipleWarehouses = true);
        await Database.GetRepository<ProductWarehouseInventory>().InsertAsync([
            new ProductWarehouseInventory { ProductId = product.Id, WarehouseId = 1, StockQuantity = 2, ReservedQuantity = 2 },
            new ProductWarehouseInventory { ProductId = product.Id, WarehouseId = 2, StockQuantity = 3, ReservedQuantity = 3 }
        ], publishEvent: false);
        var order = await OrderAsync(Database);
        var item = await ItemAsync(Database, order, product, 5);
        var single = await ShippableAsync(p => p.WarehouseId = 2);
        var other = await ItemAsync(Database, order, single, 1);

        var result = await Service().ShipWhatIsInStockAsync(order);

        result.Shipments.Should().HaveCount(2);
        var shipments = Shipments();
        shipments.Should().HaveCount(2);
        ShipmentItems().Select(i => (i.OrderItemId, i.WarehouseId, i.Quantity))
            .Should().BeEquivalentTo([(item.Id, 1, 2), (item.Id, 2, 3), (other.Id, 2, 1)]);
        ShipmentItems().GroupBy(i => i.ShipmentId).Select(g => g.Select(i => i.WarehouseId).Distinct().Count()).Should().AllBeEquivalentTo(1);
        Notes().Should().HaveCount(2);
        Published<ShipmentCreatedEvent>().Should().HaveCount(2);
    }

    [Test]
    public async Task Units_ship_from_the_warehouse_that_holds_their_reservation()
    {
        var product = await ShippableAsync(p => p.UseMultipleWarehouses = true);
        await Database.GetRepository<ProductWarehouseInventory>().InsertAsync([
            new ProductWarehouseInventory { ProductId = product.Id, WarehouseId = 1, StockQuantity = 5, ReservedQuantity = 0 },
            new ProductWarehouseInventory { ProductId = product.Id, WarehouseId = 2, StockQuantity = 2, ReservedQuantity = 2 }
        ], publishEvent: false);
        var order = await OrderAsync(Database);
        await ItemAsync(Database, order, product, 2);

        await Service().ShipWhatIsInStockAsync(order);

        ShipmentItems().Select(i => (i.WarehouseId, i.Quantity)).Should().Equal((2, 2));
    }

    [Test]
    public async Task A_warehouse_whose_units_are_planned_for_other_shipments_gives_only_the_rest()
    {
        var product = await ShippableAsync(p => p.UseMultipleWarehouses = true);
        await Database.GetRepository<ProductWarehouseInventory>().InsertAsync(
            new ProductWarehouseInventory { ProductId = product.Id, WarehouseId = 1, StockQuantity = 3, ReservedQuantity = 5 }, publishEvent: false);
        var earlier = await OrderAsync(Database);
        var earlierItem = await ItemAsync(Database, earlier, product, 2);
        var planned = new Shipment { OrderId = earlier.Id, CreatedOnUtc = Created };
        await Database.GetRepository<Shipment>().InsertAsync(planned, publishEvent: false);
        await Database.GetRepository<ShipmentItem>().InsertAsync(
            new ShipmentItem { ShipmentId = planned.Id, OrderItemId = earlierItem.Id, Quantity = 2, WarehouseId = 1 }, publishEvent: false);
        var order = await OrderAsync(Database);
        var item = await ItemAsync(Database, order, product, 3);

        await Service().ShipWhatIsInStockAsync(order);

        ShipmentItems().Where(i => i.OrderItemId == item.Id).Select(i => i.Quantity).Should().Equal(1);
    }

    [Test]
    public async Task Nothing_shippable_is_refused_and_nothing_is_written()
    {
        var product = await ShippableAsync();
        var (order, _, _) = await BackorderedOrderAsync(Database, product, 3, 3);

        var result = await Service().ShipWhatIsInStockAsync(order);

        result.Shipments.Should().BeEmpty();
        result.RefusalResourceKey.Should().Be(BackordersDefaults.ResourcePrefix + "ShipInStock.Refused.WaitingForStock");
        Shipments().Should().BeEmpty();
        ShipmentItems().Should().BeEmpty();
        Notes().Should().BeEmpty();
        _publisher.Invocations.Should().BeEmpty();
    }

    [Test]
    public async Task A_cancelled_order_is_refused()
    {
        var product = await ShippableAsync();
        var order = await OrderAsync(Database, OrderStatus.Cancelled);
        await ItemAsync(Database, order, product, 2);

        var result = await Service().ShipWhatIsInStockAsync(order);

        result.RefusalResourceKey.Should().Be(BackordersDefaults.ResourcePrefix + "ShipInStock.Refused.OrderCancelled");
        Shipments().Should().BeEmpty();
    }

    [Test]
    public async Task A_second_run_ships_nothing_more_until_stock_fills_the_rest()
    {
        var product = await ShippableAsync();
        var (order, item, line) = await BackorderedOrderAsync(Database, product, 5, 2);

        var first = await Service().ShipWhatIsInStockAsync(order);
        var second = await Service().ShipWhatIsInStockAsync(order);

        first.Shipments.Should().ContainSingle();
        second.Shipments.Should().BeEmpty();
        second.RefusalResourceKey.Should().Be(BackordersDefaults.ResourcePrefix + "ShipInStock.Refused.WaitingForStock");
        ShipmentItems().Should().ContainSingle().Which.Quantity.Should().Be(3);

        // The ledger fills one unit: the next run ships exactly that one.
        line.QuantityFilled = 1;
        await Database.GetRepository<OrderItemBackorder>().UpdateAsync(line, publishEvent: false);
        var third = await Service().ShipWhatIsInStockAsync(order);

        third.Shipments.Should().ContainSingle();
        ShipmentItems().Where(i => i.OrderItemId == item.Id).Select(i => i.Quantity).Should().BeEquivalentTo([3, 1]);
        Notes().Should().HaveCount(2);
    }

    [Test]
    public async Task A_vendor_ships_only_its_own_products()
    {
        var own = await ShippableAsync(p => p.VendorId = 7);
        var others = await ShippableAsync(p => p.VendorId = 8);
        var order = await OrderAsync(Database);
        var ownItem = await ItemAsync(Database, order, own, 1);
        await ItemAsync(Database, order, others, 1);
        _vendor = new Vendor { Id = 7 };

        await Service().ShipWhatIsInStockAsync(order);

        ShipmentItems().Select(i => i.OrderItemId).Should().Equal(ownItem.Id);
    }
}
