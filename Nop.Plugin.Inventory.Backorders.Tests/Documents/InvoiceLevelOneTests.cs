using System.Reflection;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Nop.Services.Common;
using Nop.Services.Common.Pdf;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

public class InvoiceLineRulesTests
{
    [TestCase(0, 0, 0, new string[0])]
    [TestCase(2, 0, 0, new[] { "Backordered: 2" })]
    [TestCase(3, 2, 0, new[] { "Backordered: 3", "Still open: 1" })]
    [TestCase(3, 3, 0, new[] { "Backordered: 3", "Still open: 0" })]
    [TestCase(3, 1, 2, new[] { "Backordered: 3", "Still open: 0" })]
    [TestCase(3, 0, 1, new[] { "Backordered: 3", "Still open: 2" })]
    public void Under_the_name_an_invoice_prints_backordered_and_once_changed_still_open(int backordered, int filled, int cancelled, string[] expected) =>
        InvoiceLineRules.UnderName(backordered, filled, cancelled)
            .Select(l => string.Format(BackordersLocaleResources.English[l.ResourceKey], l.Quantity))
            .Should().Equal(expected);

    [TestCase(5, 2, 3)]
    [TestCase(5, 5, null)]
    [TestCase(5, 6, null)]
    [TestCase(5, 0, 5)]
    public void A_slip_says_what_is_to_follow_after_this_and_earlier_shipments(int ordered, int shipped, int? expected) =>
        InvoiceLineRules.ToFollow(ordered, shipped).Should().Be(expected);
}

public class DocumentLayoutTests
{
    [TestCase(null, new DocumentColumn[0])]
    [TestCase("", new DocumentColumn[0])]
    [TestCase("Name,Sku,QuantityBackordered", new[] { DocumentColumn.Name, DocumentColumn.Sku, DocumentColumn.QuantityBackordered })]
    [TestCase(" quantityopen , NAME ", new[] { DocumentColumn.QuantityOpen, DocumentColumn.Name })]
    [TestCase("Name,Name,Total", new[] { DocumentColumn.Name, DocumentColumn.Total })]
    [TestCase("Name,Bogus,40,-1,Total", new[] { DocumentColumn.Name, DocumentColumn.Total })]
    public void Stored_columns_parse_in_order_leaving_out_unknown_names(string stored, DocumentColumn[] expected) =>
        DocumentLayout.Parse(stored).Should().Equal(expected);

    private static readonly IBackorderPdfService Layout = Mock.Of<IBackorderPdfService>();

    [TestCase("", true, true, false, false)]
    [TestCase("Bogus", true, true, false, false)]
    [TestCase("Name", true, true, false, true)]
    [TestCase("Name", false, true, false, false)]
    [TestCase("Name", true, false, false, false)]
    [TestCase("Name", true, true, true, false)]
    public async Task The_plugins_layout_prints_only_when_installed_with_columns_registered_and_not_for_a_vendor(string columns, bool installed,
        bool registered, bool forVendor, bool expected) =>
        (await DocumentLayout.PluginLayoutAsync(installed ? InstalledStub.Yes : InstalledStub.No, columns, registered ? Layout : null, forVendor))
            .Should().Be(expected ? Layout : null);
}

public class BackorderInvoiceLinesTests
{
    private static readonly Language Arabic = new() { Id = 2 };

    private static OrderItem Item(int id, int quantity) => new() { Id = id, OrderId = 1, Quantity = quantity };

    private static ProductItem Line(string name, string quantity) => new() { Name = name, Quantity = quantity, ProductAttributes = ["Color: Red"] };

    private static OrderItemBackorder Ledger(int orderItemId, int backordered, int filled = 0, int cancelled = 0) => new()
    {
        OrderId = 1, OrderItemId = orderItemId, QuantityOrdered = 5, QuantityBackordered = backordered, QuantityFilled = filled, QuantityCancelled = cancelled
    };

    private static Mock<IRepository<T>> Repository<T>(params T[] rows) where T : Nop.Core.BaseEntity
    {
        var repository = new Mock<IRepository<T>>(MockBehavior.Strict);
        repository.Setup(r => r.Table).Returns(rows.AsQueryable());
        return repository;
    }

    private static BackorderInvoiceLines Lines(IBackordersInstalled installed, IRepository<OrderItemBackorder> ledger, IRepository<ShipmentItem> shipmentItems = null)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<bool>()))
            .ReturnsAsync((string key, int languageId, bool _, string _, bool _) => (languageId == 2 ? "ar:" : "") + BackordersLocaleResources.English[key]);
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => BackordersLocaleResources.English[key]);
        return new BackorderInvoiceLines(installed, ledger, shipmentItems ?? Repository<ShipmentItem>().Object, localization.Object);
    }

    [Test]
    public async Task An_invoice_line_with_a_ledger_record_gets_its_figures_under_the_name_in_the_orders_language()
    {
        var items = new List<ProductItem> { Line("Mug", "5"), Line("Cup", "2"), Line("Bolt", "4") };
        var orderItems = new List<OrderItem> { Item(11, 5), Item(12, 2), Item(13, 4) };

        await Lines(InstalledStub.Yes, Repository(Ledger(11, 2), Ledger(13, 3, filled: 2), Ledger(99, 7)).Object)
            .AddAsync(items, orderItems, Arabic);

        items[0].ProductAttributes.Should().Equal("Color: Red", "ar:Backordered: 2");
        items[1].ProductAttributes.Should().Equal("Color: Red");
        items[2].ProductAttributes.Should().Equal("Color: Red", "ar:Backordered: 3", "ar:Still open: 1");
        items.Select(i => i.Quantity).Should().Equal("5", "2", "4");
    }

    [Test]
    public async Task Lines_map_to_their_order_items_by_position_as_nopCommerce_builds_them()
    {
        // A vendor's invoice: nopCommerce passes only the vendor's items, and builds one line per item in that order.
        var items = new List<ProductItem> { Line("Cup", "2") };

        await Lines(InstalledStub.Yes, Repository(Ledger(11, 2), Ledger(12, 1)).Object).AddAsync(items, [Item(12, 2)], Arabic);

        items[0].ProductAttributes.Should().Equal("Color: Red", "ar:Backordered: 1");
    }

    [Test]
    public async Task A_packaging_slip_carries_what_is_to_follow_in_the_quantity()
    {
        var items = new List<ProductItem> { Line("Mug", "2"), Line("Cup", "2"), Line("Bolt", "1") };
        var orderItems = new List<OrderItem> { Item(11, 5), Item(12, 2), Item(13, 4) };
        var thisShipment = new List<ShipmentItem>
        {
            new() { ShipmentId = 8, OrderItemId = 11, Quantity = 2 }, new() { ShipmentId = 8, OrderItemId = 12, Quantity = 2 },
            new() { ShipmentId = 8, OrderItemId = 13, Quantity = 1 }
        };
        var allShipments = thisShipment.Concat(
        [
            new ShipmentItem { ShipmentId = 5, OrderItemId = 13, Quantity = 3 },
            new ShipmentItem { ShipmentId = 9, OrderItemId = 11, Quantity = 3 }
        ]).ToArray();

        await Lines(InstalledStub.Yes, Repository(Ledger(11, 3), Ledger(13, 1)).Object, Repository(allShipments).Object)
            .AddAsync(items, orderItems, Arabic, thisShipment);

        items.Select(i => i.Quantity).Should().Equal("ar:2 (3 to follow)", "2", "1");
        items.Should().OnlyContain(i => i.ProductAttributes.SequenceEqual(new[] { "Color: Red" }), "slips print no lines under the name");
    }

    [Test]
    public async Task Not_installed_leaves_nopCommerces_lines_as_they_are_and_reads_nothing()
    {
        var items = new List<ProductItem> { Line("Mug", "5") };
        var ledger = new Mock<IRepository<OrderItemBackorder>>(MockBehavior.Strict);

        await Lines(InstalledStub.No, ledger.Object).AddAsync(items, [Item(11, 5)], Arabic);

        items[0].ProductAttributes.Should().Equal("Color: Red");
        items[0].Quantity.Should().Be("5");
        ledger.VerifyNoOtherCalls();
    }

    [TestCase("GetOrderProductItemsAsync", BindingFlags.NonPublic)]
    [TestCase("PrintOrderToPdfAsync", BindingFlags.Public)]
    [TestCase("PrintPackagingSlipToPdfAsync", BindingFlags.Public)]
    public void The_pdf_service_overrides_nopCommerces(string method, BindingFlags visibility)
    {
        typeof(BackorderPdfService).BaseType.Should().Be(typeof(PdfService));
        typeof(BackorderPdfService).GetMethod(method, BindingFlags.Instance | visibility)!.DeclaringType.Should().Be(typeof(BackorderPdfService));
    }
}
