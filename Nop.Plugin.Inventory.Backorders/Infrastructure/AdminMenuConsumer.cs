using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Inventory.Backorders.Infrastructure;

/// <summary>
/// Adds "Backorders" under Catalog in the admin menu, after "Product tags". nopCommerce hides the entry from admins
/// without the permission the configure page requires (it checks every node's PermissionNames after this event).
/// "Stock doctor" follows it, for whoever may see nopCommerce's product list (vendors included: they see their own
/// products there), because it lists and fixes products, not the plugin's configuration.
/// </summary>
public class AdminMenuConsumer : IConsumer<AdminMenuCreatedEvent>
{
    public const string CatalogSystemName = "Catalog";
    public const string PlaceAfterSystemName = "Product tags";
    public const string IconClass = "far fa-dot-circle";

    private readonly IBackordersInstalled _installed;
    private readonly ILocalizationService _localizationService;
    private readonly INopUrlHelper _nopUrlHelper;

    public AdminMenuConsumer(ILocalizationService localizationService, INopUrlHelper nopUrlHelper, IBackordersInstalled installed)
    {
        _installed = installed;
        _localizationService = localizationService;
        _nopUrlHelper = nopUrlHelper;
    }

    public async Task HandleEventAsync(AdminMenuCreatedEvent eventMessage)
    {
        if (eventMessage?.RootMenuItem is not { } root)
            return;

        var item = new AdminMenuItem
        {
            SystemName = BackordersDefaults.MenuSystemName,
            Title = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Menu.Title"),
            Url = _nopUrlHelper.RouteUrl(BackordersDefaults.ConfigurationRouteName),
            IconClass = IconClass,
            PermissionNames = new List<string> { StandardPermission.Configuration.MANAGE_PLUGINS }
        };

        Place(root, item);

        if (!await _installed.IsInstalledAsync())
            return;

        Place(root, new AdminMenuItem
        {
            SystemName = BackordersDefaults.StockDoctorMenuSystemName,
            Title = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Doctor.Menu"),
            Url = _nopUrlHelper.RouteUrl(BackordersDefaults.StockDoctorRouteName),
            IconClass = IconClass,
            PermissionNames = new List<string> { StandardPermission.Catalog.PRODUCTS_VIEW }
        }, BackordersDefaults.MenuSystemName);
    }

    /// <summary>Under Catalog after "Product tags" or <paramref name="afterSystemName"/> (at Catalog's end when that node is gone; at the top level when Catalog is), once.</summary>
    public static void Place(AdminMenuItem root, AdminMenuItem item, string afterSystemName = PlaceAfterSystemName)
    {
        var parent = root.ChildNodes.FirstOrDefault(node => node.SystemName == CatalogSystemName) ?? root;
        if (parent.ChildNodes.Any(node => node.SystemName == item.SystemName))
            return;

        var after = parent.ChildNodes.ToList().FindIndex(node => node.SystemName == afterSystemName);
        parent.ChildNodes.Insert(after >= 0 ? after + 1 : parent.ChildNodes.Count, item);
    }
}
