using Nop.Core.Domain.Cms;
using Nop.Plugin.Inventory.Backorders.Components;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Plugin;

public class WidgetTests
{
    private static BackordersPlugin Plugin() => new(Mock.Of<IBackorderPolicyService>(), Mock.Of<ILocalizationService>(),
        Mock.Of<INopUrlHelper>(), Mock.Of<ISettingService>(), new WidgetSettings(),
        new Nop.Core.Domain.Messages.EmailAccountSettings(), Nop.Plugin.Inventory.Backorders.Tests.Ledger.NoMessageTemplates.Service());

    [TestCase("admin_product_details_block", typeof(ProductBackorderPolicyViewComponent))]
    [TestCase("admin_catalog_settings_details_block", typeof(CatalogSettingsBackorderViewComponent))]
    [TestCase("admin_product_attribute_combination_details_bottom", typeof(CombinationBackorderViewComponent))]
    [TestCase("order_summary_content_before", typeof(CartBackorderNotesViewComponent))]
    [TestCase("productdetails_overview_bottom", typeof(ProductBackorderSplitViewComponent))]
    public async Task Each_zone_renders_its_component(string zone, Type component)
    {
        var plugin = Plugin();

        (await plugin.GetWidgetZonesAsync()).Should().Contain(zone);
        plugin.GetWidgetViewComponent(zone).Should().Be(component);
    }

    [Test]
    public async Task Exactly_these_zones_and_nothing_elsewhere()
    {
        var plugin = Plugin();

        (await plugin.GetWidgetZonesAsync()).Should().HaveCount(6);
        plugin.GetWidgetViewComponent("admin_product_list_buttons").Should().Be(typeof(Components.StockImportButtonsViewComponent),
            "the stock import and export buttons sit beside nopCommerce's on the product list");
        plugin.GetWidgetViewComponent("home_page_top").Should().BeNull();
        plugin.HideInWidgetList.Should().BeTrue("the plugin is managed from its own configure page");
    }
}
