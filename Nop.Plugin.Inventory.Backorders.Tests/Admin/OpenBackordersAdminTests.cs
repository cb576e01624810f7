using Microsoft.AspNetCore.Mvc.ViewComponents;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Vendors;
using Nop.Plugin.Inventory.Backorders.Components;
using Nop.Plugin.Inventory.Backorders.Controllers;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Services.Shipping;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

public class OpenBackordersAdminTests
{
    private readonly Mock<IOpenBackordersService> _service = new();
    private readonly Mock<IWorkContext> _workContext = new();
    private readonly Mock<IDateTimeHelper> _dateTimeHelper = new();
    private static readonly TimeZoneInfo Plus2 = TimeZoneInfo.CreateCustomTimeZone("plus2", TimeSpan.FromHours(2), "plus2", "plus2");

    private OpenBackordersModelFactory Factory()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) =>
            BackordersLocaleResources.English.TryGetValue(key, out var text) ? text : key);
        var warehouses = new Mock<IWarehouseService>();
        warehouses.Setup(w => w.GetAllWarehousesAsync(null)).ReturnsAsync(new List<Warehouse> { new() { Id = 4, Name = "North" } });
        _dateTimeHelper.Setup(d => d.GetCurrentTimeZoneAsync()).ReturnsAsync(Plus2);
        _dateTimeHelper.Setup(d => d.ConvertToUtcTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>()))
            .Returns((DateTime dt, TimeZoneInfo zone) => DateTime.SpecifyKind(dt - zone.BaseUtcOffset, DateTimeKind.Utc));
        _dateTimeHelper.Setup(d => d.ConvertToUserTimeAsync(It.IsAny<DateTime>(), DateTimeKind.Utc)).ReturnsAsync((DateTime dt, DateTimeKind _) => dt.AddHours(2));
        return new OpenBackordersModelFactory(_dateTimeHelper.Object, localization.Object, _service.Object, warehouses.Object, _workContext.Object);
    }

    private void SignedIn(int customerId, int vendorId = 0)
    {
        _workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = customerId });
        _workContext.Setup(w => w.GetCurrentVendorAsync()).ReturnsAsync(vendorId > 0 ? new Vendor { Id = vendorId } : null);
    }

    [Test]
    public async Task The_filter_takes_dates_in_the_admins_time_zone_with_the_to_day_included_and_the_vendor_from_the_account()
    {
        SignedIn(1, vendorId: 7);

        var filter = await Factory().PrepareFilterAsync(new OpenBackordersSearchModel
        {
            SearchProductName = "mug", SearchSku = "MUG-1", SearchOrderNumber = "1001", SearchStatusId = 30, SearchWarehouseId = 4,
            CreatedOnFrom = new DateTime(2026, 11, 20, 15, 0, 0), CreatedOnTo = new DateTime(2026, 11, 21)
        });

        filter.Should().BeEquivalentTo(new OpenBackordersFilter
        {
            ProductName = "mug", Sku = "MUG-1", OrderNumber = "1001", StatusId = 30, WarehouseId = 4, VendorId = 7,
            CreatedFromUtc = new DateTime(2026, 11, 19, 22, 0, 0, DateTimeKind.Utc),
            CreatedToUtc = new DateTime(2026, 11, 21, 22, 0, 0, DateTimeKind.Utc)
        });
    }

    [Test]
    public async Task Without_a_vendor_account_every_vendors_lines_are_listed()
    {
        SignedIn(1);

        (await Factory().PrepareFilterAsync(new OpenBackordersSearchModel())).Should().BeEquivalentTo(new OpenBackordersFilter());
    }

    [Test]
    public async Task The_order_card_asks_for_the_signed_in_vendors_lines_only()
    {
        SignedIn(1, vendorId: 7);
        _service.Setup(s => s.GetOrderLinesAsync(12, 7)).ReturnsAsync(new List<OpenBackorderRow>
        {
            new() { Id = 1, OrderId = 12, ProductId = 3, ProductName = "Blue mug", WarehouseId = 4, QuantityOrdered = 5, QuantityBackordered = 3,
                QuantityFilled = 1, StatusId = (int)BackorderLineStatus.PartlyFilled, CreatedOnUtc = DateTime.UtcNow }
        });

        var model = await Factory().PrepareOrderBackordersModelAsync(12);

        model.Lines.Should().ContainSingle();
        var line = model.Lines[0];
        (line.QuantityOrdered, line.QuantityBackordered, line.QuantityFilled, line.QuantityOpen).Should().Be((5, 3, 1, 2));
        line.StatusName.Should().Be("Partly filled");
        line.WarehouseName.Should().Be("North");
        line.CustomOrderNumber.Should().Be("12", "an order without a custom number shows its id");
        _service.Verify(s => s.GetOrderLinesAsync(12, 0), Times.Never);
    }

    [TestCase(31, "2 of 5 on backorder")]
    [TestCase(32, null)]
    public async Task The_customer_note_shows_only_on_the_customers_own_order(int signedIn, string expected)
    {
        SignedIn(signedIn);
        _service.Setup(s => s.GetOrderItemLineAsync(101)).ReturnsAsync(new OpenBackorderRow
        {
            CustomerId = 31, BackorderModeId = (int)BackorderMode.AllowQtyBelow0AndNotifyCustomer, QuantityOrdered = 5, QuantityBackordered = 2,
            StatusId = (int)BackorderLineStatus.Open
        });

        var model = await Factory().PrepareCustomerOrderLineModelAsync(101);

        model?.Text.Should().Be(expected);
        if (expected is null)
            model.Should().BeNull();
    }

    [Test]
    public async Task The_csv_export_has_a_header_row_and_neutralises_formulas()
    {
        SignedIn(1);
        _service.Setup(s => s.ReadAllAsync(It.IsAny<OpenBackordersFilter>(), 1000)).Returns(Rows(new OpenBackorderRow
        {
            OrderId = 12, CustomOrderNumber = "=1+1", ProductName = "@mug", ProductSku = "-SKU", QuantityOrdered = 5, QuantityBackordered = 3,
            StatusId = (int)BackorderLineStatus.Open, CreatedOnUtc = new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc),
            ExpectedRestockDateUtc = new DateTime(2026, 12, 12, 0, 0, 0, DateTimeKind.Utc)
        }));
        var writer = new StringWriter();

        var count = await Factory().WriteCsvAsync(new OpenBackordersSearchModel(), writer);

        count.Should().Be(1);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Order #,Product,SKU,Warehouse,Status,Ordered,Backordered,Filled,Still open,Ordered on,Expected restock,Days waiting");
        lines[1].Should().StartWith("'=1+1,'@mug,'-SKU,,Open,5,3,0,3,2026-11-20 12:00,2026-12-12,");
    }

    private static async IAsyncEnumerable<OpenBackorderRow> Rows(params OpenBackorderRow[] rows)
    {
        foreach (var row in rows)
            yield return row;
        await Task.CompletedTask;
    }

    [Test]
    public async Task The_order_card_renders_nothing_when_not_installed_or_without_the_orders_permission()
    {
        var factory = new Mock<IOpenBackordersModelFactory>(MockBehavior.Strict);
        var allowed = new Mock<IPermissionService>();
        allowed.Setup(p => p.AuthorizeAsync(StandardPermission.Orders.ORDERS_VIEW)).ReturnsAsync(true);
        var denied = new Mock<IPermissionService>();
        var order = new Mock<BaseNopEntityModel> { CallBase = true }.Object;
        order.Id = 12;

        var notInstalled = await new OrderBackordersViewComponent(InstalledStub.No, factory.Object, allowed.Object).InvokeAsync("admin_order_details_block", order);
        var noPermission = await new OrderBackordersViewComponent(InstalledStub.Yes, factory.Object, denied.Object).InvokeAsync("admin_order_details_block", order);

        notInstalled.Should().BeOfType<ContentViewComponentResult>().Which.Content.Should().BeEmpty();
        noPermission.Should().BeOfType<ContentViewComponentResult>().Which.Content.Should().BeEmpty();

        factory.Setup(f => f.PrepareOrderBackordersModelAsync(12)).ReturnsAsync(new OrderBackordersModel { OrderId = 12 });
        var noLines = await new OrderBackordersViewComponent(InstalledStub.Yes, factory.Object, allowed.Object).InvokeAsync("admin_order_details_block", order);
        noLines.Should().BeOfType<ContentViewComponentResult>().Which.Content.Should().BeEmpty();
    }

    [Test]
    public async Task The_customer_note_renders_nothing_when_not_installed_or_when_the_line_shows_nothing()
    {
        var factory = new Mock<IOpenBackordersModelFactory>();
        factory.Setup(f => f.PrepareCustomerOrderLineModelAsync(101)).ReturnsAsync((CustomerOrderLineBackorderModel)null);
        var item = new Mock<BaseNopEntityModel> { CallBase = true }.Object;
        item.Id = 101;

        (await new CustomerOrderLineBackorderViewComponent(InstalledStub.No, factory.Object).InvokeAsync("orderdetails_product_line", item))
            .Should().BeOfType<ContentViewComponentResult>();
        factory.Verify(f => f.PrepareCustomerOrderLineModelAsync(It.IsAny<int>()), Times.Never);

        (await new CustomerOrderLineBackorderViewComponent(InstalledStub.Yes, factory.Object).InvokeAsync("orderdetails_product_line", item))
            .Should().BeOfType<ContentViewComponentResult>();
        factory.Verify(f => f.PrepareCustomerOrderLineModelAsync(101), Times.Once);
    }

    [TestCase(nameof(OpenBackordersController.List), StandardPermission.Orders.ORDERS_VIEW)]
    [TestCase(nameof(OpenBackordersController.Totals), StandardPermission.Orders.ORDERS_VIEW)]
    [TestCase(nameof(OpenBackordersController.ExportCsv), StandardPermission.Orders.ORDERS_IMPORT_EXPORT)]
    public void Every_action_is_guarded_like_nopCommerces_order_list(string action, string permission)
    {
        // Read as attribute data: the surface's filter attributes are not meant to be constructed.
        typeof(OpenBackordersController).GetCustomAttributesData().Select(a => a.AttributeType).Should()
            .Contain([typeof(AuthorizeAdminAttribute), typeof(Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute)]);
        foreach (var method in typeof(OpenBackordersController).GetMethods().Where(m => m.Name == action))
            method.GetCustomAttributesData().Where(a => a.AttributeType == typeof(CheckPermissionAttribute))
                .Select(a => a.ConstructorArguments[0].Value).Should().Equal(permission);
    }

    [Test]
    public void Every_text_the_open_backorders_views_and_factory_use_is_a_resource()
    {
        var views = Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory), "*.cshtml", SearchOption.AllDirectories);
        foreach (var key in new[] { "OpenBackorders.Title", "OpenBackorders.ExportCsv", "OpenBackorders.Customer.OnBackorder", "OrderBackorders.Card",
                     "OpenBackorders.Status.StillOpen" }
                     .Concat(OpenBackordersModelFactory.CsvColumns.Select(c => "OpenBackorders.Fields." + c))
                     .Concat(Enum.GetNames<BackorderLineStatus>().Select(s => "OpenBackorders.Status." + s)))
            BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + key);
        views.Should().NotBeNull();
    }
}
