using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Nop.Services.Common;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

public class AdminMenuTests
{
    private static AdminMenuItem Node(string systemName, params AdminMenuItem[] children) =>
        new() { SystemName = systemName, ChildNodes = children.ToList() };

    /// <summary>The top of nopCommerce 4.90's menu as far as the entry cares.</summary>
    private static AdminMenuItem NopMenu() => Node("Home",
        Node("Dashboard"),
        Node("Catalog", Node("Products"), Node("Categories"), Node("Manufacturers"), Node("Product reviews"), Node("Product tags"),
            Node("Filter level values"), Node("Attributes", Node("Product attributes"))),
        Node("Sales", Node("Orders"), Node("Shipments"), Node("Return requests")),
        Node("Configuration", Node("Settings"), Node("Local plugins")));

    private static AdminMenuConsumer Consumer(IBackordersInstalled installed = null)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "text of " + key);
        var urls = new Mock<INopUrlHelper>();
        urls.Setup(u => u.RouteUrl(BackordersDefaults.ConfigurationRouteName, null, null, null, null)).Returns("/Admin/Backorders/Configure");
        urls.Setup(u => u.RouteUrl(BackordersDefaults.StockDoctorRouteName, null, null, null, null)).Returns("/Admin/Backorders/StockDoctor");
        urls.Setup(u => u.RouteUrl(BackordersDefaults.OpenBackordersRouteName, null, null, null, null)).Returns("/Admin/OpenBackorders/List");
        return new AdminMenuConsumer(localization.Object, urls.Object, installed ?? InstalledStub.Yes);
    }

    [Test]
    public async Task Adds_backorders_under_catalog_after_product_tags_linking_the_configure_page_for_plugin_managers()
    {
        var root = NopMenu();

        await Consumer().HandleEventAsync(new AdminMenuCreatedEvent(null, root));

        var catalog = root.ChildNodes.Single(n => n.SystemName == "Catalog");
        catalog.ChildNodes.Select(n => n.SystemName).Should().Equal("Products", "Categories", "Manufacturers", "Product reviews",
            "Product tags", BackordersDefaults.MenuSystemName, BackordersDefaults.StockDoctorMenuSystemName, "Filter level values", "Attributes");
        var item = catalog.ChildNodes.Single(n => n.SystemName == BackordersDefaults.MenuSystemName);
        item.Url.Should().Be("/Admin/Backorders/Configure");
        item.Title.Should().Be("text of " + BackordersDefaults.ResourcePrefix + "Menu.Title");
        item.IconClass.Should().Be("far fa-dot-circle", "nopCommerce's own Catalog entries use this icon");
        // The permission the configure action checks: nopCommerce hides the node from admins without it.
        item.PermissionNames.Should().Equal(StandardPermission.Configuration.MANAGE_PLUGINS);
        BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + "Menu.Title");
    }

    [Test]
    public async Task The_stock_doctor_follows_for_whoever_may_see_the_product_list_while_the_plugin_is_installed()
    {
        var root = NopMenu();

        await Consumer().HandleEventAsync(new AdminMenuCreatedEvent(null, root));

        var doctor = root.ChildNodes.Single(n => n.SystemName == "Catalog").ChildNodes.Single(n => n.SystemName == BackordersDefaults.StockDoctorMenuSystemName);
        doctor.Url.Should().Be("/Admin/Backorders/StockDoctor");
        doctor.Title.Should().Be("text of " + BackordersDefaults.ResourcePrefix + "Doctor.Menu");
        doctor.PermissionNames.Should().Equal(StandardPermission.Catalog.PRODUCTS_VIEW);
        BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + "Doctor.Menu");

        var uninstalled = NopMenu();
        await Consumer(InstalledStub.No).HandleEventAsync(new AdminMenuCreatedEvent(null, uninstalled));
        uninstalled.ChildNodes.Single(n => n.SystemName == "Catalog").ChildNodes.Should().NotContain(n => n.SystemName == BackordersDefaults.StockDoctorMenuSystemName);
    }

    [Test]
    public async Task Adds_open_backorders_under_sales_after_orders_for_admins_who_may_view_orders()
    {
        var root = NopMenu();

        await Consumer().HandleEventAsync(new AdminMenuCreatedEvent(null, root));

        var sales = root.ChildNodes.Single(n => n.SystemName == "Sales");
        sales.ChildNodes.Select(n => n.SystemName).Should().Equal("Orders", BackordersDefaults.OpenBackordersMenuSystemName, "Shipments", "Return requests");
        var item = sales.ChildNodes.Single(n => n.SystemName == BackordersDefaults.OpenBackordersMenuSystemName);
        item.Url.Should().Be("/Admin/OpenBackorders/List");
        item.Title.Should().Be("text of " + BackordersDefaults.ResourcePrefix + "OpenBackorders.Menu.Title");
        // nopCommerce's order list permission: the node is hidden from admins without it, as "Orders" is.
        item.PermissionNames.Should().Equal(StandardPermission.Orders.ORDERS_VIEW);
        BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + "OpenBackorders.Menu.Title");
    }

    [Test]
    public async Task Published_twice_the_entry_is_there_once()
    {
        var root = NopMenu();
        var consumer = Consumer();

        await consumer.HandleEventAsync(new AdminMenuCreatedEvent(null, root));
        await consumer.HandleEventAsync(new AdminMenuCreatedEvent(null, root));

        root.ChildNodes.Single(n => n.SystemName == "Catalog").ChildNodes.Count(n => n.SystemName == BackordersDefaults.MenuSystemName).Should().Be(1);
    }

    [TestCase(false, "Catalog", new[] { "Products", BackordersDefaults.MenuSystemName })]
    [TestCase(true, "Home", new[] { "Dashboard", "Sales", BackordersDefaults.MenuSystemName })]
    public void Without_product_tags_at_catalogs_end_without_catalog_at_the_top(bool withoutCatalog, string parent, string[] expected)
    {
        var root = withoutCatalog ? Node("Home", Node("Dashboard"), Node("Sales")) : Node("Home", Node("Catalog", Node("Products")));

        AdminMenuConsumer.Place(root, new AdminMenuItem { SystemName = BackordersDefaults.MenuSystemName });

        var node = parent == "Home" ? root : root.ChildNodes.Single(n => n.SystemName == parent);
        node.ChildNodes.Select(n => n.SystemName).Should().Equal(expected);
    }

    [Test]
    public void The_plugin_is_a_misc_plugin_so_the_configure_layout_titles_its_page()
    {
        // nopCommerce's _ConfigurePlugin layout picks title and back link by plugin type; a widget hidden from the widget
        // list matched none, so the heading read "- Backorders" and T("") logged "Resource string () is not found" three times.
        typeof(BackordersPlugin).Should().Implement<IMiscPlugin>();
        typeof(BackordersPlugin).Should().Implement<Nop.Services.Cms.IWidgetPlugin>("the admin blocks and storefront notes render through widget zones");
    }
}
