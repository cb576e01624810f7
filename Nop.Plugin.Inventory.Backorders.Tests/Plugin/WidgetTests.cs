using Nop.Core.Domain.Cms;
using Nop.Plugin.Inventory.Backorders.Components;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Plugin;

public class WidgetTests
{
    private static BackordersPlugin Plugin() => new(Mock.Of<IBackorderPolicyService>(), Mock.Of<ILocalizationService>(),
        Mock.Of<INopUrlHelper>(), Mock.Of<ISettingService>(), new WidgetSettings(),
        new Nop.Core.Domain.Messages.EmailAccountSettings(), Nop.Plugin.Inventory.Backorders.Tests.Ledger.NoMessageTemplates.Service());

    private static readonly object[][] Zones =
    [
        ["admin_product_details_block", typeof(ProductBackorderPolicyViewComponent)],
        ["admin_catalog_settings_details_block", typeof(CatalogSettingsBackorderViewComponent)],
        ["admin_product_attribute_combination_details_bottom", typeof(CombinationBackorderViewComponent)],
        ["order_summary_content_before", typeof(CartBackorderNotesViewComponent)],
        ["productdetails_overview_bottom", typeof(ProductBackorderSplitViewComponent)],
        ["admin_order_details_block", typeof(OrderBackordersViewComponent)],
        ["orderdetails_product_line", typeof(CustomerOrderLineBackorderViewComponent)],
        // The stock import and export buttons sit beside nopCommerce's on the product list.
        ["admin_product_list_buttons", typeof(StockImportButtonsViewComponent)],
        // The pick-list buttons on the order list; pick list and "ship what is in stock" on the order page.
        ["admin_order_list_buttons", typeof(OrderListPickListButtonsViewComponent)],
        ["admin_order_details_buttons", typeof(OrderDocumentButtonsViewComponent)],
    ];

    [TestCaseSource(nameof(Zones))]
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

        (await plugin.GetWidgetZonesAsync()).Should().HaveCount(Zones.Length);
        plugin.GetWidgetViewComponent("home_page_top").Should().BeNull();
        plugin.HideInWidgetList.Should().BeTrue("the plugin is managed from its own configure page");
    }
}
