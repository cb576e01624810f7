using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;

namespace Nop.Plugin.Inventory.Backorders.Tests.Ledger;

public class BackorderCapturesTests
{
    [Test]
    public void A_capture_is_taken_back_once_by_product_attributes_and_quantity_latest_first()
    {
        var captures = new BackorderCaptures();
        captures.Add(new LineCapture(1, "", 2, 0, 5));
        captures.Add(new LineCapture(1, "<a/>", 2, 1, 1));
        captures.Add(new LineCapture(1, "", 2, 2, 0));

        captures.Take(1, "", 2).QuantityBackordered.Should().Be(2);
        captures.Take(1, null, 2).QuantityBackordered.Should().Be(0, "null and empty attributes are the same line");
        captures.Take(1, "", 2).Should().BeNull();
        captures.Take(1, "<a/>", 3).Should().BeNull("another quantity is another line");
        captures.TakeAll().Should().ContainSingle().Which.AttributesXml.Should().Be("<a/>");
        captures.TakeAll().Should().BeEmpty();
    }
}

public class OrderItemMovedConsumerTests
{
    private readonly OrderItem _orderItem = new() { Id = 70, OrderId = 7, ProductId = 5, Quantity = 4 };
    private readonly ShoppingCartItem _line = new() { ProductId = 5, Quantity = 4, AttributesXml = "" };

    private static Mock<IBackordersInstalled> Installed(bool installed)
    {
        var mock = new Mock<IBackordersInstalled>();
        mock.Setup(i => i.IsInstalledAsync()).ReturnsAsync(installed);
        return mock;
    }

    [Test]
    public async Task A_backordered_line_is_recorded_with_its_order_item()
    {
        var captures = new BackorderCaptures();
        var capture = new LineCapture(5, "", 4, 3, 1);
        captures.Add(capture);
        var ledger = new Mock<IBackorderLedgerService>(MockBehavior.Strict);
        ledger.Setup(l => l.RecordBackorderedLineAsync(_orderItem, capture)).ReturnsAsync(new OrderItemBackorder());

        await new OrderItemMovedConsumer(captures, Installed(true).Object, ledger.Object).HandleEventAsync(new(_line, _orderItem));

        ledger.VerifyAll();
        captures.TakeAll().Should().BeEmpty();
    }

    [Test]
    public async Task A_line_fully_in_stock_costs_nothing()
    {
        var captures = new BackorderCaptures();
        captures.Add(new LineCapture(5, "", 4, 0, 9));
        var ledger = new Mock<IBackorderLedgerService>(MockBehavior.Strict);

        await new OrderItemMovedConsumer(captures, Installed(true).Object, ledger.Object).HandleEventAsync(new(_line, _orderItem));

        ledger.Invocations.Should().BeEmpty();
        captures.TakeAll().Should().BeEmpty("the line's capture is used up");
    }

    [Test]
    public async Task Not_installed_nothing_is_recorded()
    {
        var captures = new BackorderCaptures();
        captures.Add(new LineCapture(5, "", 4, 3, 1));
        var ledger = new Mock<IBackorderLedgerService>(MockBehavior.Strict);

        await new OrderItemMovedConsumer(captures, Installed(false).Object, ledger.Object).HandleEventAsync(new(_line, _orderItem));

        ledger.Invocations.Should().BeEmpty();
    }
}

public class BackorderLedgerServiceTests
{
    [Test]
    public async Task One_insert_per_backordered_line_and_the_event_for_integrators()
    {
        var repository = new Mock<IRepository<OrderItemBackorder>>(MockBehavior.Strict);
        OrderItemBackorder inserted = null;
        repository.Setup(r => r.InsertAsync(It.IsAny<OrderItemBackorder>(), true))
            .Callback<OrderItemBackorder, bool>((row, _) => { row.Id = 900; inserted = row; })
            .Returns(Task.CompletedTask);
        var events = new Mock<IEventPublisher>();
        var service = new BackorderLedgerService(events.Object, repository.Object);

        var row = await service.RecordBackorderedLineAsync(new OrderItem { Id = 70, OrderId = 7 },
            new LineCapture(5, "<x/>", 4, 3, 1, CombinationId: 11, WarehouseId: 2));

        row.Should().BeSameAs(inserted);
        row.Should().BeEquivalentTo(new
        {
            OrderId = 7, OrderItemId = 70, ProductId = 5, CombinationId = (int?)11, WarehouseId = (int?)2, QuantityOrdered = 4,
            QuantityBackordered = 3, QuantityFilled = 0, QuantityCancelled = 0, Status = BackorderLineStatus.Open
        });
        row.CreatedOnUtc.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        events.Verify(e => e.PublishAsync(new BackorderLineBackorderedEvent(900, 7, 70, 5, 11, 2, 4, 3, 1)), Times.Once);
    }

    [Test]
    public async Task A_line_without_a_backordered_part_writes_nothing()
    {
        var repository = new Mock<IRepository<OrderItemBackorder>>(MockBehavior.Strict);
        var events = new Mock<IEventPublisher>(MockBehavior.Strict);

        (await new BackorderLedgerService(events.Object, repository.Object).RecordBackorderedLineAsync(new OrderItem(), new LineCapture(5, "", 4, 0, 4)))
            .Should().BeNull();
    }
}
