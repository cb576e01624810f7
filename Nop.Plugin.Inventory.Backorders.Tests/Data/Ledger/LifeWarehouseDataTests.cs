using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LifeData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>
/// A product kept in two warehouses (available = Σ stock − Σ reserved): shipping (§1.11's "Shipment shipped", which lowers
/// stock and reserved alike) changes nothing; stock arriving in either warehouse fills; cancelling returns reserved units.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class LifeWarehouseDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private LifeHarness _harness;
    private Product _product;
    private ProductWarehouseInventory _first;
    private ProductWarehouseInventory _second;
    private (Order Order, OrderItem Item, OrderItemBackorder Line) _waiting;

    /// <summary>Stock 2 + 0, an order of 2 served from stock and one of 3 waiting: reserved 5 + 0 (available −3).</summary>
    [SetUp]
    public async Task TwoWarehouses()
    {
        _harness = new LifeHarness(Database);
        _product = await ProductAsync(Database, 0, p => p.UseMultipleWarehouses = true);
        _first = new ProductWarehouseInventory { ProductId = _product.Id, WarehouseId = 1, StockQuantity = 2, ReservedQuantity = 5 };
        _second = new ProductWarehouseInventory { ProductId = _product.Id, WarehouseId = 2, StockQuantity = 0, ReservedQuantity = 0 };
        await Database.GetRepository<ProductWarehouseInventory>().InsertAsync([_first, _second], publishEvent: false);
        var served = await OrderAsync(Database);
        await ItemAsync(Database, served, _product, 2);
        _waiting = await BackorderedOrderAsync(Database, _product, 3, 3);
    }

    private async Task SaveAsync(LifeRequest request, ProductWarehouseInventory row, int stock, int reserved)
    {
        row.StockQuantity = stock;
        row.ReservedQuantity = reserved;
        await Database.GetRepository<ProductWarehouseInventory>().UpdateAsync(row, publishEvent: false);
        await request.PublishAsync(new EntityUpdatedEvent<ProductWarehouseInventory>(row));
    }

    [Test]
    public async Task Shipping_the_served_order_changes_nothing()
    {
        using var request = _harness.Request();
        await SaveAsync(request, _first, 0, 3); // BookReservedInventoryAsync: stock and reserved both down by 2
        await request.EndAsync();

        LineOf(Database, _waiting.Item).Status.Should().Be(BackorderLineStatus.Open);
        _harness.Published<BackorderLineFilledEvent>().Should().BeEmpty();
    }

    [Test]
    public async Task Stock_arriving_in_the_other_warehouse_fills()
    {
        using var request = _harness.Request();
        await SaveAsync(request, _second, 2, 0); // admin edits warehouse 2's stock
        await request.EndAsync();

        LineOf(Database, _waiting.Item).Should().Match<OrderItemBackorder>(l => l.QuantityFilled == 2 && l.Status == BackorderLineStatus.PartlyFilled);
    }

    [Test]
    public async Task Cancelling_the_waiting_order_unblocks_its_reservation_and_fills_nobody()
    {
        using var request = _harness.Request();
        _waiting.Order.OrderStatus = OrderStatus.Cancelled;
        await Database.GetRepository<Order>().UpdateAsync(_waiting.Order, publishEvent: false);
        await request.PublishAsync(new OrderStatusChangedEvent(_waiting.Order, OrderStatus.Processing));
        await SaveAsync(request, _first, 2, 2); // UnblockReservedInventoryAsync: reserved down by 3
        await request.EndAsync();

        LineOf(Database, _waiting.Item).Should().Match<OrderItemBackorder>(l => l.QuantityCancelled == 3 && l.Status == BackorderLineStatus.Cancelled);
        _harness.Published<BackorderLineFilledEvent>().Should().BeEmpty();
    }
}
