using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Inventory.Backorders.Components;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Services.Cms;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Plugins;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders;

/// <summary>
/// A misc plugin (nopCommerce's configure layout then titles its page and links back to the plugin list) that renders
/// through widget zones, hidden from the widget list.
/// </summary>
public class BackordersPlugin : BasePlugin, IWidgetPlugin, IMiscPlugin
{
    private readonly IBackorderPolicyService _policyService;
    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly ILocalizationService _localizationService;
    private readonly IMessageTemplateService _messageTemplateService;
    private readonly INopUrlHelper _nopUrlHelper;
    private readonly ISettingService _settingService;
    private readonly WidgetSettings _widgetSettings;

    public BackordersPlugin(IBackorderPolicyService policyService,
        ILocalizationService localizationService,
        INopUrlHelper nopUrlHelper,
        ISettingService settingService,
        WidgetSettings widgetSettings,
        EmailAccountSettings emailAccountSettings,
        IMessageTemplateService messageTemplateService)
    {
        _policyService = policyService;
        _emailAccountSettings = emailAccountSettings;
        _localizationService = localizationService;
        _messageTemplateService = messageTemplateService;
        _nopUrlHelper = nopUrlHelper;
        _settingService = settingService;
        _widgetSettings = widgetSettings;
    }

    public bool HideInWidgetList => true;

    /// <summary>Where the plugin renders: the admin forms it extends, the cart summary, both order pages and the order list's and order page's buttons.</summary>
    private static readonly IReadOnlyDictionary<string, Type> _widgets = new Dictionary<string, Type>
    {
        [AdminWidgetZones.ProductDetailsBlock] = typeof(ProductBackorderPolicyViewComponent),
        [AdminWidgetZones.CatalogSettingsDetailsBlock] = typeof(CatalogSettingsBackorderViewComponent),
        [AdminWidgetZones.ProductAttributeCombinationDetailsBottom] = typeof(CombinationBackorderViewComponent),
        [PublicWidgetZones.OrderSummaryContentBefore] = typeof(CartBackorderNotesViewComponent),
        [PublicWidgetZones.ProductDetailsOverviewBottom] = typeof(ProductBackorderSplitViewComponent),
        [AdminWidgetZones.ProductListButtons] = typeof(StockImportButtonsViewComponent),
        [AdminWidgetZones.OrderDetailsBlock] = typeof(OrderBackordersViewComponent),
        [PublicWidgetZones.OrderDetailsProductLine] = typeof(CustomerOrderLineBackorderViewComponent),
        [AdminWidgetZones.OrderListButtons] = typeof(OrderListPickListButtonsViewComponent),
        [AdminWidgetZones.OrderDetailsButtons] = typeof(OrderDocumentButtonsViewComponent)
    };

    public Task<IList<string>> GetWidgetZonesAsync() => Task.FromResult<IList<string>>(_widgets.Keys.ToList());

    public Type GetWidgetViewComponent(string widgetZone) => _widgets.GetValueOrDefault(widgetZone);

    public override string GetConfigurationPageUrl() => _nopUrlHelper.RouteUrl(BackordersDefaults.ConfigurationRouteName);

    public override async Task InstallAsync()
    {
        var settings = new BackorderSettings();
        await _settingService.SaveSettingAsync(settings);

        // Products whose policy differs from the default keep it as their own choice; flags the low-stock activity set are remembered.
        await _policyService.RecordExistingProductsAsync(settings.DefaultBackorderMode);

        if (!_widgetSettings.ActiveWidgetSystemNames.Contains(BackordersDefaults.SystemName))
        {
            _widgetSettings.ActiveWidgetSystemNames.Add(BackordersDefaults.SystemName);
            await _settingService.SaveSettingAsync(_widgetSettings);
        }

        await _localizationService.AddOrUpdateLocaleResourceAsync(new Dictionary<string, string>(BackordersLocaleResources.English));
        await BackorderMessageTemplates.InstallAsync(_messageTemplateService, _emailAccountSettings.DefaultEmailAccountId);

        await base.InstallAsync();
    }

    public override async Task UninstallAsync()
    {
        // Read before the settings go: nopCommerce runs the migration's Down right after this method.
        var settings = await _settingService.LoadSettingAsync<BackorderSettings>();
        SchemaMigration.KeepBackorderRecordsOnDown = settings.KeepBackorderRecordsOnUninstall;

        if (_widgetSettings.ActiveWidgetSystemNames.Remove(BackordersDefaults.SystemName))
            await _settingService.SaveSettingAsync(_widgetSettings);

        await _settingService.DeleteSettingAsync<BackorderSettings>();
        await _localizationService.DeleteLocaleResourcesAsync(BackordersDefaults.ResourcePrefix);
        await BackorderMessageTemplates.UninstallAsync(_messageTemplateService);

        await base.UninstallAsync();
        // The storefront overrides stay registered until a restart: from here on they behave as nopCommerce (down-migration next).
        BackordersInstalled.MarkUninstalled(PluginDescriptor);
    }
}
