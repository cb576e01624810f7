using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Ledger;

/// <summary>The ledger's consumers: every event they hear, and nothing at all once the plugin is uninstalled.</summary>
public class LifeConsumerTests
{
    private readonly Mock<IBackorderLifecycleService> _lifecycle = new(MockBehavior.Strict);
    private readonly Mock<IBackorderFillService> _fill = new(MockBehavior.Strict);
    private readonly Mock<IBackorderNoticeService> _notices = new(MockBehavior.Strict);
    private readonly Mock<Nop.Services.Logging.ILogger> _logger = new();

    private static readonly Order Order = new() { Id = 5, OrderStatus = OrderStatus.Cancelled };
    private static readonly OrderItem Item = new() { Id = 8, OrderId = 5, ProductId = 7 };

    /// <summary>One of each event the consumers take.</summary>
    private static async Task PublishAllAsync(LedgerConsumers consumers)
    {
        var product = new Product { Id = 7 };
        await consumers.HandleEventAsync(new EntityUpdatedEvent<Product>(product));
        await consumers.HandleEventAsync(new EntityUpdatedEvent<ProductAttributeCombination>(new ProductAttributeCombination { Id = 3, ProductId = 7 }));
        await consumers.HandleEventAsync(new EntityInsertedEvent<ProductWarehouseInventory>(new ProductWarehouseInventory { ProductId = 7 }));
        await consumers.HandleEventAsync(new EntityUpdatedEvent<ProductWarehouseInventory>(new ProductWarehouseInventory { ProductId = 7 }));
        await consumers.HandleEventAsync(new EntityDeletedEvent<ProductWarehouseInventory>(new ProductWarehouseInventory { ProductId = 7 }));
        await consumers.HandleEventAsync(new OrderStatusChangedEvent(Order, OrderStatus.Processing));
        await consumers.HandleEventAsync(new EntityDeletedEvent<Order>(Order));
        await consumers.HandleEventAsync(new OrderPlacedEvent(Order));
        await consumers.HandleEventAsync(new EntityInsertedEvent<OrderItem>(Item));
        await consumers.HandleEventAsync(new EntityUpdatedEvent<OrderItem>(Item));
        await consumers.HandleEventAsync(new EntityDeletedEvent<OrderItem>(Item));
    }

    private LedgerConsumers Consumers(bool installed, HttpContext context) =>
        new(installed ? InstalledStub.Yes : InstalledStub.No,
            new LedgerWork(new HttpContextAccessor { HttpContext = context }, _lifecycle.Object, _fill.Object, _notices.Object, _logger.Object));

    [Test]
    public async Task Uninstalled_no_consumer_queues_or_writes_anything()
    {
        var context = new DefaultHttpContext();
        await PublishAllAsync(Consumers(installed: false, context));
        await Consumers(false, context).HandleEventAsync(new ShoppingCartItemMovedToOrderItemEvent(new ShoppingCartItem(), Item));
        // Strict mocks: any call would have thrown; outside a request the work would have run at once.
        await PublishAllAsync(Consumers(installed: false, context: null));
    }

    [Test]
    public async Task Installed_outside_a_request_the_work_runs_at_once_lines_first_then_fills_then_notices()
    {
        var calls = new List<string>();
        _lifecycle.Setup(l => l.ReconcileOrderAsync(5, It.IsAny<IReadOnlySet<int>>()))
            .Callback(() => calls.Add("order")).ReturnsAsync([StockKey.Product(7)]);
        _fill.Setup(f => f.FillAsync(It.IsAny<StockKey>())).Callback(() => calls.Add("fill")).ReturnsAsync([]);
        _notices.Setup(n => n.OrderPlacedAsync(5)).Callback(() => calls.Add("notice")).Returns(Task.CompletedTask);
        var consumers = Consumers(installed: true, context: null);

        await consumers.HandleEventAsync(new OrderStatusChangedEvent(Order, OrderStatus.Processing));
        await consumers.HandleEventAsync(new EntityUpdatedEvent<Product>(new Product { Id = 7 }));
        await consumers.HandleEventAsync(new OrderPlacedEvent(Order));

        calls.Should().Equal("order", "fill", "fill", "notice");
    }

    [Test]
    public async Task A_status_change_that_neither_enters_nor_leaves_cancelled_is_ignored()
    {
        var consumers = Consumers(installed: true, context: null);
        await consumers.HandleEventAsync(new OrderStatusChangedEvent(new Order { Id = 9, OrderStatus = OrderStatus.Complete }, OrderStatus.Processing));
    }

    [Test]
    public async Task A_failure_is_logged_not_thrown_into_nopCommerces_request()
    {
        _fill.Setup(f => f.FillAsync(It.IsAny<StockKey>())).ThrowsAsync(new InvalidOperationException("boom"));
        var consumers = Consumers(installed: true, context: null);

        await consumers.HandleEventAsync(new EntityUpdatedEvent<Product>(new Product { Id = 7 }));

        _logger.Verify(l => l.ErrorAsync(It.Is<string>(m => m.Contains("boom")), It.IsAny<InvalidOperationException>(), null), Times.Once);
    }
}
