using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LifeData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>
/// Every row of API-NOTES §1.11's table, replayed as nopCommerce publishes it (same events, same order, stock written
/// as AdjustInventoryAsync leaves it), then the request ends. Common setup: stock 2; order A takes 2 units from stock,
/// order B waits for 3, order C for 1 (stock −4).
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class LifecycleDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private LifeHarness _harness;
    private Product _product;
    private (Order Order, OrderItem Item) _a;
    private (Order Order, OrderItem Item, OrderItemBackorder Line) _b;
    private (Order Order, OrderItem Item, OrderItemBackorder Line) _c;

    [SetUp]
    public async Task ThreeOrders()
    {
        _harness = new LifeHarness(Database);
        _product = await ProductAsync(Database, -4);
        var a = await OrderAsync(Database);
        _a = (a, await ItemAsync(Database, a, _product, 2));
        _b = await BackorderedOrderAsync(Database, _product, 3, 3);
        _c = await BackorderedOrderAsync(Database, _product, 1, 1);
    }

    [TearDown]
    public void QuantitiesStayWithinWhatWasOrdered()
    {
        foreach (var line in Lines(Database))
        {
            new[] { line.QuantityBackordered, line.QuantityFilled, line.QuantityCancelled, Open(line) }.Should().OnlyContain(q => q >= 0);
            (line.QuantityFilled + Open(line)).Should().BeLessThanOrEqualTo(line.QuantityOrdered);
            line.QuantityBackordered.Should().BeLessThanOrEqualTo(line.QuantityOrdered);
        }
    }

    /// <summary>What AdjustInventoryAsync leaves: the stock changed, then EntityUpdatedEvent&lt;Product&gt;.</summary>
    private async Task AdjustInventoryAsync(LifeRequest request, int quantityToChange)
    {
        SetStock(Database, _product, StockOf(Database, _product) + quantityToChange);
        await request.PublishAsync(new EntityUpdatedEvent<Product>(_product));
    }

    private void SetOrder(Order order, Action<Order> change)
    {
        change(order);
        Database.GetRepository<Order>().UpdateAsync(order, publishEvent: false).GetAwaiter().GetResult();
    }

    private OrderItemBackorder LineB => LineOf(Database, _b.Item);
    private OrderItemBackorder LineC => LineOf(Database, _c.Item);

    [Test]
    public async Task Cancel_of_a_waiting_order_cancels_its_units_and_its_returned_units_fill_nobody()
    {
        using var request = _harness.Request();
        var previous = _b.Order.OrderStatus;
        SetOrder(_b.Order, o => o.OrderStatus = OrderStatus.Cancelled);
        await request.PublishAsync(new OrderStatusChangedEvent(_b.Order, previous));
        await AdjustInventoryAsync(request, +3); // ReturnOrderStockAsync after the status event
        await request.EndAsync();

        LineB.Should().Match<OrderItemBackorder>(l => l.Status == BackorderLineStatus.Cancelled && l.QuantityCancelled == 3 && l.QuantityFilled == 0);
        LineC.Status.Should().Be(BackorderLineStatus.Open, "stock −1 still explains C's unit");
        _harness.Published<BackorderLineCancelledEvent>().Should().ContainSingle().Which.Should().Match<BackorderLineCancelledEvent>(e =>
            e.OrderId == _b.Order.Id && e.QuantityCancelledNow == 3 && e.Reason == BackorderCancelReason.OrderCancelled);
        _harness.Published<BackorderLineFilledEvent>().Should().BeEmpty();
    }

    [Test]
    public async Task Cancel_of_an_order_served_from_stock_fills_the_oldest_waiting_order()
    {
        using var request = _harness.Request();
        SetOrder(_a.Order, o => o.OrderStatus = OrderStatus.Cancelled);
        await request.PublishAsync(new OrderStatusChangedEvent(_a.Order, OrderStatus.Processing));
        await AdjustInventoryAsync(request, +2);
        await request.EndAsync();

        LineB.Should().Match<OrderItemBackorder>(l => l.Status == BackorderLineStatus.PartlyFilled && l.QuantityFilled == 2);
        LineC.Status.Should().Be(BackorderLineStatus.Open);
        _harness.Published<BackorderLineFilledEvent>().Should().ContainSingle().Which.QuantityFilledNow.Should().Be(2);
    }

    [Test]
    public async Task Delete_returns_the_stock_first_yet_the_deleted_orders_own_units_fill_nobody()
    {
        using var request = _harness.Request();
        await AdjustInventoryAsync(request, +3); // DeleteOrderAsync: ReturnOrderStockAsync, then the soft delete
        SetOrder(_b.Order, o => o.Deleted = true);
        await request.PublishAsync(new EntityDeletedEvent<Order>(_b.Order));
        await request.EndAsync();

        LineB.Should().Match<OrderItemBackorder>(l => l.Status == BackorderLineStatus.Cancelled && l.QuantityCancelled == 3);
        LineB.OrderDeleted.Should().BeTrue("lists leave it out by this mark alone");
        LineC.Status.Should().Be(BackorderLineStatus.Open);
        LineC.OrderDeleted.Should().BeFalse();
        _harness.Published<BackorderLineCancelledEvent>().Single().Reason.Should().Be(BackorderCancelReason.OrderDeleted);
        _harness.Published<BackorderLineFilledEvent>().Should().BeEmpty();
    }

    [Test]
    public async Task Delete_of_an_order_cancelled_before_changes_nothing_more()
    {
        using (var cancel = _harness.Request())
        {
            SetOrder(_b.Order, o => o.OrderStatus = OrderStatus.Cancelled);
            await cancel.PublishAsync(new OrderStatusChangedEvent(_b.Order, OrderStatus.Processing));
            await AdjustInventoryAsync(cancel, +3);
            await cancel.EndAsync();
        }

        using var request = _harness.Request();
        SetOrder(_b.Order, o => o.Deleted = true); // no stock returned: it was when cancelling
        await request.PublishAsync(new EntityDeletedEvent<Order>(_b.Order));
        await request.EndAsync();

        LineB.QuantityCancelled.Should().Be(3);
        LineB.OrderDeleted.Should().BeTrue("a cancelled order's lines are marked when it is deleted too");
        _harness.Published<BackorderLineCancelledEvent>().Should().ContainSingle();
    }

    [TestCase(true, TestName = "Edit down: stock returned, then the item updated (AutoUpdateOrderTotalsOnEditingOrder on)")]
    [TestCase(false, TestName = "Edit down: item updated, then stock returned (AutoUpdateOrderTotalsOnEditingOrder off)")]
    public async Task Edit_down(bool stockFirst)
    {
        using var request = _harness.Request();
        _b.Item.Quantity = 1;
        if (stockFirst)
            await AdjustInventoryAsync(request, +2);
        await Database.GetRepository<OrderItem>().UpdateAsync(_b.Item, publishEvent: false);
        await request.PublishAsync(new EntityUpdatedEvent<OrderItem>(_b.Item));
        if (!stockFirst)
            await AdjustInventoryAsync(request, +2);
        await request.EndAsync();

        LineB.Should().Match<OrderItemBackorder>(l => l.QuantityOrdered == 1 && l.QuantityBackordered == 1 && Open(l) == 1);
        LineC.Status.Should().Be(BackorderLineStatus.Open, "stock −2 explains B's remaining unit and C's");
        _harness.Published<BackorderLineCancelledEvent>().Single().Should().Match<BackorderLineCancelledEvent>(e =>
            e.QuantityCancelledNow == 2 && e.Reason == BackorderCancelReason.QuantityReduced);
        _harness.Published<BackorderLineFilledEvent>().Should().BeEmpty();
    }

    [Test]
    public async Task Edit_down_of_an_item_with_an_attached_product_maps_the_new_quantity_to_the_attached_line_too()
    {
        // Item B (3 units) carries 2 jars per unit through an "associated product" attribute value: 6 jars, 5 waiting (stock −5).
        var jar = await ProductAsync(Database, -5);
        var jars = new OrderItemBackorder
        {
            OrderId = _b.Order.Id, OrderItemId = _b.Item.Id, ProductId = jar.Id, QuantityOrdered = 6, QuantityPerItem = 2,
            QuantityBackordered = 5, Status = BackorderLineStatus.Open, CreatedOnUtc = Created, UpdatedOnUtc = Created
        };
        await Database.GetRepository<OrderItemBackorder>().InsertAsync(jars, publishEvent: false);

        using var request = _harness.Request();
        _b.Item.Quantity = 1; // nopCommerce returns 2 units of the item and 4 jars
        await AdjustInventoryAsync(request, +2);
        SetStock(Database, jar, -1);
        await request.PublishAsync(new EntityUpdatedEvent<Product>(jar));
        await Database.GetRepository<OrderItem>().UpdateAsync(_b.Item, publishEvent: false);
        await request.PublishAsync(new EntityUpdatedEvent<OrderItem>(_b.Item));
        await request.EndAsync();

        LineB.Should().Match<OrderItemBackorder>(l => l.QuantityOrdered == 1 && Open(l) == 1);
        Lines(Database).Single(l => l.ProductId == jar.Id).Should().Match<OrderItemBackorder>(l =>
            l.QuantityOrdered == 2 && l.QuantityPerItem == 2 && l.QuantityBackordered == 1 && Open(l) == 1 && l.QuantityCancelled == 0);
    }

    [TestCase(true, TestName = "Edit up: stock taken, then the item updated")]
    [TestCase(false, TestName = "Edit up: item updated, then stock taken")]
    public async Task Edit_up(bool stockFirst)
    {
        using var request = _harness.Request();
        _c.Item.Quantity = 4;
        if (stockFirst)
            await AdjustInventoryAsync(request, -3);
        await Database.GetRepository<OrderItem>().UpdateAsync(_c.Item, publishEvent: false);
        await request.PublishAsync(new EntityUpdatedEvent<OrderItem>(_c.Item));
        if (!stockFirst)
            await AdjustInventoryAsync(request, -3);
        await request.EndAsync();

        LineC.Should().Match<OrderItemBackorder>(l => l.QuantityOrdered == 4 && l.QuantityBackordered == 4 && l.Status == BackorderLineStatus.Open);
    }

    [Test]
    public async Task Edit_up_of_a_line_served_from_stock_records_the_part_stock_could_not_cover()
    {
        SetStock(Database, _product, 1); // as if B and C were not there: 1 unit left
        Database.Execute($"DELETE FROM {Database.Quote(nameof(OrderItemBackorder))}");
        using var request = _harness.Request();
        _a.Item.Quantity = 5;
        await AdjustInventoryAsync(request, -3); // 1 → −2
        await Database.GetRepository<OrderItem>().UpdateAsync(_a.Item, publishEvent: false);
        await request.PublishAsync(new EntityUpdatedEvent<OrderItem>(_a.Item));
        await request.EndAsync();

        LineOf(Database, _a.Item).Should().Match<OrderItemBackorder>(l => l.QuantityOrdered == 5 && l.QuantityBackordered == 2 && l.Status == BackorderLineStatus.Open);
    }

    [Test]
    public async Task An_item_update_without_a_stock_change_records_nothing()
    {
        using var request = _harness.Request();
        await request.PublishAsync(new EntityUpdatedEvent<OrderItem>(_a.Item)); // e.g. a price edit
        await request.EndAsync();

        LineOf(Database, _a.Item).Should().BeNull();
    }

    [Test]
    public async Task Item_delete_cancels_its_waiting_units_and_they_fill_nobody()
    {
        using var request = _harness.Request();
        await AdjustInventoryAsync(request, +3); // DeleteOrderItem: stock back, then the item deleted
        await Database.GetRepository<OrderItem>().DeleteAsync(_b.Item, publishEvent: false);
        await request.PublishAsync(new EntityDeletedEvent<OrderItem>(_b.Item));
        await request.EndAsync();

        LineB.Should().Match<OrderItemBackorder>(l => l.Status == BackorderLineStatus.Cancelled && l.QuantityCancelled == 3 && l.QuantityOrdered == 3);
        LineC.Status.Should().Be(BackorderLineStatus.Open);
        _harness.Published<BackorderLineCancelledEvent>().Single().Reason.Should().Be(BackorderCancelReason.ItemDeleted);
    }

    [Test]
    public async Task A_product_added_to_an_existing_order_records_what_stock_could_not_cover()
    {
        using var request = _harness.Request();
        var added = new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = _a.Order.Id, ProductId = _product.Id, Quantity = 2, AttributesXml = "" };
        await Database.GetRepository<OrderItem>().InsertAsync(added, publishEvent: false);
        await request.PublishAsync(new EntityInsertedEvent<OrderItem>(added));
        await AdjustInventoryAsync(request, -2);
        await request.EndAsync();

        LineOf(Database, added).Should().Match<OrderItemBackorder>(l =>
            l.OrderId == _a.Order.Id && l.QuantityOrdered == 2 && l.QuantityBackordered == 2 && l.Status == BackorderLineStatus.Open);
    }

    [Test]
    public async Task A_product_added_while_in_stock_records_nothing()
    {
        SetStock(Database, _product, 10);
        Database.Execute($"DELETE FROM {Database.Quote(nameof(OrderItemBackorder))}");
        using var request = _harness.Request();
        var added = new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = _a.Order.Id, ProductId = _product.Id, Quantity = 2, AttributesXml = "" };
        await Database.GetRepository<OrderItem>().InsertAsync(added, publishEvent: false);
        await request.PublishAsync(new EntityInsertedEvent<OrderItem>(added));
        await AdjustInventoryAsync(request, -2);
        await request.EndAsync();

        Lines(Database).Should().BeEmpty();
    }

    [Test]
    public async Task Units_returned_to_stock_by_a_return_request_fill_the_oldest_waiting_lines()
    {
        using var request = _harness.Request();
        await AdjustInventoryAsync(request, +2); // A returns its 2 units (ReturnRequestController.Edit)
        await request.EndAsync();

        LineB.QuantityFilled.Should().Be(2);
        LineC.QuantityFilled.Should().Be(0);
        Lines(Database).Should().NotContain(l => l.OrderId == _a.Order.Id);
    }

    [Test]
    public async Task A_recurring_orders_next_cycle_records_its_backordered_lines()
    {
        using var request = _harness.Request();
        var next = await OrderAsync(Database);
        var item = new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = next.Id, ProductId = _product.Id, Quantity = 3, AttributesXml = "" };
        await Database.GetRepository<OrderItem>().InsertAsync(item, publishEvent: false);
        await request.PublishAsync(new EntityInsertedEvent<OrderItem>(item));
        await AdjustInventoryAsync(request, -3);
        await request.PublishAsync(new OrderPlacedEvent(next));
        await request.EndAsync();

        LineOf(Database, item).Should().Match<OrderItemBackorder>(l => l.QuantityBackordered == 3 && l.Status == BackorderLineStatus.Open);
        _harness.Notices.Verify(n => n.OrderPlacedAsync(next.Id), Times.Once);
    }

    [Test]
    public async Task Checkout_leaves_recording_to_the_capture_and_fills_nothing()
    {
        SetStock(Database, _product, 100); // would fill everything, were checkout's stock change taken for a restock
        using var request = _harness.Request();
        var placed = await OrderAsync(Database);
        var item = new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = placed.Id, ProductId = _product.Id, Quantity = 1, AttributesXml = "" };
        await Database.GetRepository<OrderItem>().InsertAsync(item, publishEvent: false);
        await request.PublishAsync(new EntityInsertedEvent<OrderItem>(item));
        await AdjustInventoryAsync(request, -1);
        await request.PublishAsync(new ShoppingCartItemMovedToOrderItemEvent(new ShoppingCartItem { ProductId = _product.Id, Quantity = 1 }, item));
        await request.PublishAsync(new OrderPlacedEvent(placed));
        await request.PublishAsync(new OrderStatusChangedEvent(placed, OrderStatus.Pending));
        await request.EndAsync();

        LineOf(Database, item).Should().BeNull();
        LineB.QuantityFilled.Should().Be(0);
        _harness.Notices.Verify(n => n.OrderPlacedAsync(placed.Id), Times.Once);
    }

    [Test]
    public async Task A_restock_by_the_admin_fills_and_the_work_runs_once_when_the_response_starts()
    {
        using var request = _harness.Request();
        await AdjustInventoryAsync(request, +10);
        await AdjustInventoryAsync(request, 0);
        request.Services.GetRequiredService<RequestContext>().Response.Scheduled.Should().Be(1);
        LineB.QuantityFilled.Should().Be(0, "nothing runs before nopCommerce has finished the request");
        await request.EndAsync();

        Lines(Database).Should().OnlyContain(l => l.Status == BackorderLineStatus.Filled);
        _harness.Notices.Verify(n => n.LinesFilledAsync(_b.Order.Id), Times.Once);
        _harness.Notices.Verify(n => n.LinesFilledAsync(_c.Order.Id), Times.Once);
    }

    [Test]
    public async Task Once_uninstalled_nothing_is_queued_or_written()
    {
        _harness.Installed.Setup(i => i.IsInstalledAsync()).ReturnsAsync(false);
        using var request = _harness.Request();
        SetOrder(_b.Order, o => o.OrderStatus = OrderStatus.Cancelled);
        await request.PublishAsync(new OrderStatusChangedEvent(_b.Order, OrderStatus.Processing));
        await AdjustInventoryAsync(request, +10);
        await request.EndAsync();

        request.Services.GetRequiredService<RequestContext>().Response.Scheduled.Should().Be(0);
        Lines(Database).Should().OnlyContain(l => l.Status == BackorderLineStatus.Open);
    }
}
