using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Vendors;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Components;
using Nop.Plugin.Inventory.Backorders.Controllers;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Nop.Services.Catalog;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Security;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

public class OrderDocumentsControllerTests
{
    private const string P = BackordersDefaults.ResourcePrefix;

    private Mock<IOrderService> _orders;
    private Mock<IPickListService> _pickLists;
    private Mock<IBackorderPdfService> _pdf;
    private Mock<IShipInStockService> _ship;
    private Mock<INotificationService> _notifications;
    private Mock<ICustomerActivityService> _activity;
    private Mock<IWorkContext> _workContext;
    private List<Product> _products;
    private Vendor _vendor;

    [SetUp]
    public void SetUp()
    {
        _orders = new Mock<IOrderService>();
        _pickLists = new Mock<IPickListService>();
        _pickLists.Setup(p => p.BuildAsync(It.IsAny<IReadOnlyCollection<int>>(), null))
            .ReturnsAsync((IReadOnlyCollection<int> ids, PickListGrouping? _) => new PickList(PickListGrouping.ByOrder,
                ids.Select(id => Line(id, productId: id * 10)).ToList(), false, DateTime.UtcNow));
        _pickLists.Setup(p => p.WriteCsvAsync(It.IsAny<Stream>(), It.IsAny<PickList>()))
            .Returns((Stream s, PickList _) => s.WriteAsync("csv"u8.ToArray()).AsTask());
        _pdf = new Mock<IBackorderPdfService>();
        _pdf.Setup(p => p.PrintPickListAsync(It.IsAny<Stream>(), It.IsAny<PickList>(), It.IsAny<Language>()))
            .Returns((Stream s, PickList _, Language _) => s.WriteAsync("%PDF"u8.ToArray()).AsTask());
        _ship = new Mock<IShipInStockService>(MockBehavior.Strict);
        _notifications = new Mock<INotificationService>();
        _activity = new Mock<ICustomerActivityService>();
        _vendor = null;
        _workContext = new Mock<IWorkContext>();
        _workContext.Setup(w => w.GetCurrentVendorAsync()).ReturnsAsync(() => _vendor);
        _workContext.Setup(w => w.GetWorkingLanguageAsync()).ReturnsAsync(new Language());
        _products = [];
    }

    private static PickListLine Line(int orderId, int productId) => new(orderId, "N" + orderId, productId, null, "SKU", "Name", "", 1, 0, 0, 0, 0,
        null, null, null, null, "");

    private OrderDocumentsController Controller(IBackordersInstalled installed = null)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => "[fr] " + BackordersLocaleResources.English.GetValueOrDefault(key, key));
        var dates = new Mock<IDateTimeHelper>();
        dates.Setup(d => d.GetCurrentTimeZoneAsync()).ReturnsAsync(TimeZoneInfo.Utc);
        dates.Setup(d => d.ConvertToUtcTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>())).Returns((DateTime d, TimeZoneInfo _) => d);
        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => _products.FirstOrDefault(p => p.Id == id));
        var products = new Mock<IRepository<Product>>();
        products.Setup(r => r.Table).Returns(() => _products.AsQueryable());

        return new OrderDocumentsController(_activity.Object, dates.Object, installed ?? InstalledStub.Yes, localization.Object, _notifications.Object,
            _orders.Object, _pdf.Object, _pickLists.Object, productService.Object, products.Object, _ship.Object, _workContext.Object);
    }

    private Order OrderWith(int id, params int[] vendorIdsOfItems)
    {
        var order = new Order { Id = id, CustomOrderNumber = "A" + id };
        _orders.Setup(o => o.GetOrderByIdAsync(id)).ReturnsAsync(order);
        _orders.Setup(o => o.GetOrderItemsAsync(id, null, null, It.IsAny<int>()))
            .ReturnsAsync((int _, bool? _, bool? _, int vendorId) => vendorIdsOfItems.Where(v => vendorId == 0 || v == vendorId)
                .Select(_ => new OrderItem { OrderId = id }).ToList());
        return order;
    }

    private static void RedirectsTo(IActionResult result, string controller, string action, int? id = null)
    {
        var redirect = result.Should().BeOfType<RedirectToActionResult>().Subject;
        redirect.ControllerName.Should().Be(controller);
        redirect.ActionName.Should().Be(action);
        if (id is not null)
            redirect.RouteValues!["id"].Should().Be(id);
    }

    [TestCase(nameof(OrderDocumentsController.PickList), StandardPermission.Orders.ORDERS_VIEW, false)]
    [TestCase(nameof(OrderDocumentsController.PickListForOrders), StandardPermission.Orders.ORDERS_VIEW, true)]
    [TestCase(nameof(OrderDocumentsController.ShipInStock), StandardPermission.Orders.SHIPMENTS_CREATE_EDIT_DELETE, true)]
    public void Every_action_is_guarded_like_nopCommerces_own(string action, string permission, bool post)
    {
        // Read as attribute data: the surface's filter attributes are not meant to be constructed. nopCommerce's filter
        // refuses a signed-in account without the permission before the action runs, so no file and no shipment.
        typeof(OrderDocumentsController).GetCustomAttributesData().Select(a => a.AttributeType).Should()
            .Contain([typeof(AuthorizeAdminAttribute), typeof(AutoValidateAntiforgeryTokenAttribute), typeof(AreaAttribute)]);
        var method = typeof(OrderDocumentsController).GetMethods().Single(m => m.Name == action);
        method.GetCustomAttributesData().Where(a => a.AttributeType == typeof(CheckPermissionAttribute))
            .Select(a => a.ConstructorArguments[0].Value).Should().Equal(permission);
        method.GetCustomAttributesData().Any(a => a.AttributeType == typeof(HttpPostAttribute)).Should().Be(post);
    }

    [Test]
    public async Task The_order_page_pick_list_is_a_file_named_with_the_order_number_and_the_date()
    {
        OrderWith(12, 0);

        var pdf = (await Controller().PickList(12, PickListFormat.Pdf)).Should().BeOfType<FileStreamResult>().Subject;
        var csv = (await Controller().PickList(12, PickListFormat.Csv)).Should().BeOfType<FileStreamResult>().Subject;

        var date = DateTime.UtcNow.ToString("yyyy-MM-dd");
        pdf.ContentType.Should().Be("application/pdf");
        pdf.FileDownloadName.Should().Be($"[fr] pick-list-A12-{date}.pdf");
        csv.ContentType.Should().Be("text/csv");
        csv.FileDownloadName.Should().EndWith(".csv").And.Contain(date);
        new StreamReader(csv.FileStream).ReadToEnd().Should().Be("csv");
        _pickLists.Verify(p => p.BuildAsync(It.Is<IReadOnlyCollection<int>>(ids => ids.SequenceEqual(new[] { 12 })), null), Times.Exactly(2));
    }

    [Test]
    public async Task A_forged_order_id_of_another_vendor_gives_no_file_and_no_shipment()
    {
        OrderWith(12, 8); // only vendor 8's products
        _vendor = new Vendor { Id = 7 };

        var pickList = await Controller().PickList(12, PickListFormat.Pdf);
        var ship = await Controller().ShipInStock(12);

        RedirectsTo(pickList, "Order", "List");
        RedirectsTo(ship, "Order", "List");
        _pickLists.VerifyNoOtherCalls();
        _pdf.VerifyNoOtherCalls();
        _ship.VerifyNoOtherCalls();
        _notifications.Verify(n => n.ErrorNotification(It.IsAny<string>(), true, 0), Times.Exactly(2));
    }

    [Test]
    public async Task A_vendor_with_a_product_on_the_order_gets_only_its_own_lines()
    {
        OrderWith(12, 7, 8);
        _vendor = new Vendor { Id = 7 };
        _products = [new Product { Id = 1, VendorId = 7 }, new Product { Id = 2, VendorId = 8 }];
        _pickLists.Setup(p => p.BuildAsync(It.IsAny<IReadOnlyCollection<int>>(), null)).ReturnsAsync(
            new PickList(PickListGrouping.ByOrder, [Line(12, 1), Line(12, 2)], false, DateTime.UtcNow));

        await Controller().PickList(12, PickListFormat.Pdf);

        _pdf.Verify(p => p.PrintPickListAsync(It.IsAny<Stream>(), It.Is<PickList>(l => l.Lines.Select(x => x.ProductId).SequenceEqual(new[] { 1 })),
            It.IsAny<Language>()));
    }

    [Test]
    public async Task Ticked_orders_are_picked_and_the_search_is_not_run()
    {
        _orders.Setup(o => o.GetOrdersByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => ids.Select(id => new Order { Id = id }).ToList());

        var result = await Controller().PickListForOrders(new OrderPickListFilterModel { SelectedIds = "3, 4,x,-1,3", StartDate = new DateTime(2026, 1, 1) },
            PickListFormat.Csv);

        result.Should().BeOfType<FileStreamResult>().Which.ContentType.Should().Be("text/csv");
        _orders.Verify(o => o.GetOrdersByIdsAsync(new[] { 3, 4 }));
        _pickLists.Verify(p => p.BuildAsync(It.Is<IReadOnlyCollection<int>>(ids => ids.SequenceEqual(new[] { 3, 4 })), null));
        _orders.Verify(o => o.SearchOrdersAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(),
            It.IsAny<int>(), It.IsAny<string>(), It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<List<int>>(), It.IsAny<List<int>>(),
            It.IsAny<List<int>>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<int>(),
            It.IsAny<bool>()), Times.Never);
    }

    [Test]
    public async Task Ticked_orders_a_vendor_has_no_product_on_are_left_out()
    {
        OrderWith(3, 7);
        OrderWith(4, 8);
        _vendor = new Vendor { Id = 7 };
        _orders.Setup(o => o.GetOrdersByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => ids.Select(id => new Order { Id = id }).ToList());

        await Controller().PickListForOrders(new OrderPickListFilterModel { SelectedIds = "3,4" });

        _pickLists.Verify(p => p.BuildAsync(It.Is<IReadOnlyCollection<int>>(ids => ids.SequenceEqual(new[] { 3 })), null));
    }

    private void SearchReturns(params int[] ids) =>
        _orders.Setup(o => o.SearchOrdersAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(),
                It.IsAny<int>(), It.IsAny<string>(), It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<List<int>>(), It.IsAny<List<int>>(),
                It.IsAny<List<int>>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<int>(),
                It.IsAny<bool>()))
            .ReturnsAsync(new PagedList<Order>(ids.Select(id => new Order { Id = id }).ToList(), 0, int.MaxValue));

    [Test]
    public async Task Without_ticked_orders_every_order_of_the_posted_search_is_picked()
    {
        SearchReturns(5, 6);
        _products = [new Product { Id = 9, VendorId = 0 }];

        await Controller().PickListForOrders(new OrderPickListFilterModel
        {
            StartDate = new DateTime(2026, 11, 1), EndDate = new DateTime(2026, 11, 30), OrderStatusIds = [20, 30], PaymentStatusIds = [0],
            StoreId = 2, VendorId = 4, WarehouseId = 3, ProductId = 9, BillingEmail = "a@b.c", BillingLastName = "Doe", BillingCountryId = 5,
            BillingPhone = "123", PaymentMethodSystemName = "Payments.Manual", OrderNotes = "gift"
        });

        _orders.Verify(o => o.SearchOrdersAsync(2, 4, 0, 9, 0, 3, 5, "Payments.Manual", new DateTime(2026, 11, 1), new DateTime(2026, 12, 1),
            It.Is<List<int>>(l => l.SequenceEqual(new[] { 20, 30 })), null, null, "123", "a@b.c", "Doe", "gift", 0, int.MaxValue, false));
        _pickLists.Verify(p => p.BuildAsync(It.Is<IReadOnlyCollection<int>>(ids => ids.SequenceEqual(new[] { 5, 6 })), null));
    }

    [Test]
    public async Task A_vendors_search_is_limited_to_its_own_orders_and_products()
    {
        SearchReturns(5);
        _vendor = new Vendor { Id = 7 };
        _products = [new Product { Id = 9, VendorId = 8 }];

        await Controller().PickListForOrders(new OrderPickListFilterModel { VendorId = 8, ProductId = 9 });

        _orders.Verify(o => o.SearchOrdersAsync(0, 7, 0, 0, 0, 0, 0, null, null, null, null, null, null, null, null, null, null, 0, int.MaxValue, false));
    }

    [Test]
    public async Task No_orders_to_pick_gives_no_file_but_the_reason()
    {
        SearchReturns();

        var result = await Controller().PickListForOrders(new OrderPickListFilterModel());

        RedirectsTo(result, "Order", "List");
        _notifications.Verify(n => n.ErrorNotification("[fr] " + BackordersLocaleResources.English[P + "PickList.NoOrders"], true, 0));
        _pickLists.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Shipping_reports_the_shipments_created_and_returns_to_the_order()
    {
        var order = OrderWith(12, 0);
        _ship.Setup(s => s.ShipWhatIsInStockAsync(order)).ReturnsAsync(new ShipInStockResult([new Shipment { Id = 5 }, new Shipment { Id = 6 }], null, 3));

        var result = await Controller().ShipInStock(12);

        RedirectsTo(result, "Order", "Edit", 12);
        _notifications.Verify(n => n.SuccessNotification("[fr] 2 shipment(s) created for the items in stock: #5, #6. 3 unit(s) stay for a later shipment.",
            true, 0));
        _activity.Verify(a => a.InsertActivityAsync("EditOrder", It.IsAny<string>(), order));
    }

    [Test]
    public async Task When_nothing_is_left_to_come_the_notice_does_not_promise_a_later_shipment()
    {
        var order = OrderWith(12, 0);
        _ship.Setup(s => s.ShipWhatIsInStockAsync(order)).ReturnsAsync(new ShipInStockResult([new Shipment { Id = 7 }], null, 0));

        await Controller().ShipInStock(12);

        _notifications.Verify(n => n.SuccessNotification("[fr] 1 shipment(s) created: #7. Nothing of this order is left to ship.", true, 0));
    }

    [Test]
    public async Task A_refusal_is_reported_with_its_reason_and_nothing_is_logged()
    {
        var order = OrderWith(12, 0);
        var key = ShipInStockService.RefusalKey(ShipInStockRefusal.WaitingForStock);
        _ship.Setup(s => s.ShipWhatIsInStockAsync(order)).ReturnsAsync(new ShipInStockResult([], key));

        var result = await Controller().ShipInStock(12);

        RedirectsTo(result, "Order", "Edit", 12);
        _notifications.Verify(n => n.ErrorNotification("[fr] " + BackordersLocaleResources.English[key], true, 0));
        _notifications.Verify(n => n.SuccessNotification(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<int>()), Times.Never);
        _activity.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_missing_or_deleted_order_is_not_shipped()
    {
        _orders.Setup(o => o.GetOrderByIdAsync(13)).ReturnsAsync(new Order { Id = 13, Deleted = true });

        RedirectsTo(await Controller().ShipInStock(99), "Order", "List");
        RedirectsTo(await Controller().ShipInStock(13), "Order", "List");
        _ship.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Uninstalled_in_process_nothing_is_printed_or_shipped()
    {
        OrderWith(12, 0);
        var controller = Controller(InstalledStub.No);

        (await controller.PickList(12)).Should().BeOfType<NotFoundResult>();
        (await controller.PickListForOrders(new OrderPickListFilterModel { SelectedIds = "12" })).Should().BeOfType<NotFoundResult>();
        (await controller.ShipInStock(12)).Should().BeOfType<NotFoundResult>();
        _pickLists.VerifyNoOtherCalls();
        _ship.VerifyNoOtherCalls();
    }

    [TestCase(null, new int[0])]
    [TestCase("", new int[0])]
    [TestCase("1,2,3", new[] { 1, 2, 3 })]
    [TestCase(" 4 , 4,5", new[] { 4, 5 })]
    [TestCase("0,-3,abc,1e3,2147483648,7", new[] { 7 })]
    public void Ticked_ids_are_read_as_positive_numbers_only(string ids, int[] expected) =>
        OrderIdList.Parse(ids).Should().Equal(expected);

    [Test]
    public void Every_text_of_the_buttons_and_refusals_is_a_resource()
    {
        foreach (var key in new[] { "PickList.PdfButton", "PickList.CsvButton", "PickList.ListHint", "PickList.NoOrders", "PickList.FileName",
                     "ShipInStock.Button", "ShipInStock.Confirm", "ShipInStock.Created", "ShipInStock.OrderNote", "ShipInStock.Refused.OrderCancelled",
                     "ShipInStock.Refused.NoOrder" })
            BackordersLocaleResources.English.Should().ContainKey(P + key);
        foreach (var refusal in Enum.GetValues<ShipInStockRefusal>().Where(r => r != ShipInStockRefusal.None))
            BackordersLocaleResources.English.Should().ContainKey(ShipInStockService.RefusalKey(refusal));
    }
}

public class OrderDocumentButtonsTests
{
    private static Mock<IPermissionService> Permissions(params string[] granted)
    {
        var permissions = new Mock<IPermissionService>();
        foreach (var permission in granted)
            permissions.Setup(p => p.AuthorizeAsync(permission)).ReturnsAsync(true);
        return permissions;
    }

    private static BaseNopEntityModel OrderModel(int id)
    {
        var model = new Mock<BaseNopEntityModel> { CallBase = true }.Object;
        model.Id = id;
        return model;
    }

    [Test]
    public async Task The_order_page_buttons_render_nothing_when_not_installed_or_without_the_orders_permission()
    {
        var all = Permissions(StandardPermission.Orders.ORDERS_VIEW, StandardPermission.Orders.SHIPMENTS_CREATE_EDIT_DELETE).Object;

        (await new OrderDocumentButtonsViewComponent(InstalledStub.No, all).InvokeAsync("admin_order_details_buttons", OrderModel(12)))
            .Should().BeOfType<ContentViewComponentResult>().Which.Content.Should().BeEmpty();
        (await new OrderDocumentButtonsViewComponent(InstalledStub.Yes, Permissions().Object).InvokeAsync("admin_order_details_buttons", OrderModel(12)))
            .Should().BeOfType<ContentViewComponentResult>().Which.Content.Should().BeEmpty();
        (await new OrderDocumentButtonsViewComponent(InstalledStub.Yes, all).InvokeAsync("admin_order_details_buttons", null))
            .Should().BeOfType<ContentViewComponentResult>();
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Ship_what_is_in_stock_shows_only_with_the_permission_to_create_shipments(bool canShip)
    {
        var permissions = canShip
            ? Permissions(StandardPermission.Orders.ORDERS_VIEW, StandardPermission.Orders.SHIPMENTS_CREATE_EDIT_DELETE)
            : Permissions(StandardPermission.Orders.ORDERS_VIEW);

        var model = await new OrderDocumentButtonsViewComponent(InstalledStub.Yes, permissions.Object).PrepareModelAsync(OrderModel(12));

        model.Should().BeEquivalentTo(new OrderDocumentButtonsModel { OrderId = 12, CanShip = canShip });
    }

    [Test]
    public async Task The_order_list_buttons_render_nothing_when_not_installed_or_without_the_orders_permission()
    {
        (await new OrderListPickListButtonsViewComponent(InstalledStub.No, Permissions(StandardPermission.Orders.ORDERS_VIEW).Object)
                .InvokeAsync("admin_order_list_buttons", null))
            .Should().BeOfType<ContentViewComponentResult>().Which.Content.Should().BeEmpty();
        (await new OrderListPickListButtonsViewComponent(InstalledStub.Yes, Permissions().Object).InvokeAsync("admin_order_list_buttons", null))
            .Should().BeOfType<ContentViewComponentResult>().Which.Content.Should().BeEmpty();
        (await new OrderListPickListButtonsViewComponent(InstalledStub.Yes, Permissions(StandardPermission.Orders.ORDERS_VIEW).Object)
                .InvokeAsync("admin_order_list_buttons", null))
            .Should().BeOfType<ViewViewComponentResult>();
    }

    [Test]
    public void The_views_post_nopCommerces_forms_and_escape_their_texts()
    {
        var root = Path.Combine(Packaging.PackagingPaths.RepositoryRoot, Packaging.PackagingPaths.PluginProject, "Views");
        var page = File.ReadAllText(Path.Combine(root, "OrderDocumentButtons.cshtml"));
        var list = File.ReadAllText(Path.Combine(root, "OrderListPickListButtons.cshtml"));

        // Buttons inside nopCommerce's forms: no nested form; the ship button posts the order form (and its token).
        page.Should().NotContain("<form").And.NotContain("Html.Raw").And.Contain("asp-action=\"ShipInStock\"").And.Contain("type=\"submit\"");
        list.Should().NotContain("<form").And.NotContain("Html.Raw").And.Contain("selectedIds").And.Contain("name=\"SelectedIds\"");
        foreach (var text in new[] { page, list })
            System.Text.RegularExpressions.Regex.Matches(text, @"@T\(""([^""]+)""\)").Select(m => m.Groups[1].Value)
                .Should().NotBeEmpty().And.OnlyContain(key => BackordersLocaleResources.English.ContainsKey(key));
    }
}
