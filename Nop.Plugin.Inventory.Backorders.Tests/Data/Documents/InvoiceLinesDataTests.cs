using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Nop.Services.Common.Pdf;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Documents;

/// <summary><see cref="BackorderInvoiceLines"/>'s reads (ledger by item, shipments up to this one) on each database.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class InvoiceLinesDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    [OneTimeSetUp]
    public void CreateShipmentItemTable() => Database.CreateNopTables(typeof(ShipmentItem));

    private BackorderInvoiceLines Lines()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<bool>()))
            .ReturnsAsync((string key, int _, bool _, string _, bool _) => BackordersLocaleResources.English[key]);
        return new BackorderInvoiceLines(InstalledStub.Yes, Database.GetRepository<OrderItemBackorder>(), Database.GetRepository<ShipmentItem>(), localization.Object);
    }

    [Test]
    public async Task Invoice_and_slip_lines_carry_the_ledgers_figures()
    {
        var mug = new OrderItem { Id = 11, OrderId = 1, ProductId = 1, Quantity = 5 };
        var cup = new OrderItem { Id = 12, OrderId = 1, ProductId = 2, Quantity = 2 };
        await Database.GetRepository<OrderItemBackorder>().InsertAsync(new OrderItemBackorder
        {
            OrderId = 1, OrderItemId = 11, ProductId = 1, QuantityOrdered = 5, QuantityBackordered = 3, QuantityFilled = 1,
            Status = BackorderLineStatus.PartlyFilled, CreatedOnUtc = DateTime.UtcNow, UpdatedOnUtc = DateTime.UtcNow
        }, publishEvent: false);
        await Database.GetRepository<ShipmentItem>().InsertAsync(new List<ShipmentItem>
        {
            new() { ShipmentId = 1, OrderItemId = 11, Quantity = 1 }, new() { ShipmentId = 2, OrderItemId = 11, Quantity = 1 },
            new() { ShipmentId = 2, OrderItemId = 12, Quantity = 2 }, new() { ShipmentId = 3, OrderItemId = 11, Quantity = 3 }
        }, publishEvent: false);
        var language = new Language { Id = 1 };

        var invoice = new List<ProductItem> { new() { Quantity = "5" }, new() { Quantity = "2" } };
        await Lines().AddAsync(invoice, [mug, cup], language);

        invoice[0].ProductAttributes.Should().Equal("Backordered: 3", "Still open: 2");
        invoice[1].ProductAttributes.Should().BeEmpty();

        var slip = new List<ProductItem> { new() { Quantity = "1" }, new() { Quantity = "2" } };
        var second = (await Database.GetRepository<ShipmentItem>().Table.Where(s => s.ShipmentId == 2).ToListAsync()).OrderBy(s => s.OrderItemId).ToList();
        await Lines().AddAsync(slip, [mug, cup], language, second);

        slip.Select(s => s.Quantity).Should().Equal("1 (3 to follow)", "2");
    }

    [Test]
    public async Task An_attached_product_s_line_under_the_same_item_is_not_printed_as_the_item_s()
    {
        var bench = new OrderItem { Id = 21, OrderId = 2, ProductId = 1, Quantity = 4 };
        var now = DateTime.UtcNow;
        await Database.GetRepository<OrderItemBackorder>().InsertAsync(new List<OrderItemBackorder>
        {
            new() { OrderId = 2, OrderItemId = 21, ProductId = 9, QuantityOrdered = 4, QuantityBackordered = 4, Status = BackorderLineStatus.Open, CreatedOnUtc = now, UpdatedOnUtc = now },
            new() { OrderId = 2, OrderItemId = 21, ProductId = 1, QuantityOrdered = 4, QuantityBackordered = 1, Status = BackorderLineStatus.Open, CreatedOnUtc = now, UpdatedOnUtc = now }
        }, publishEvent: false);

        var invoice = new List<ProductItem> { new() { Quantity = "4" } };
        await Lines().AddAsync(invoice, [bench], new Language { Id = 1 });

        invoice[0].ProductAttributes.Should().Equal("Backordered: 1");
    }
}
