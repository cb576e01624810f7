using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Inventory.Backorders.Infrastructure;

/// <summary>
/// Adds "Backorders" under Catalog in the admin menu, after "Product tags", "Stock doctor" after it, and "Open
/// backorders" under Sales, after "Orders". nopCommerce hides an entry from admins without the permission its page
/// requires (it checks every node's PermissionNames after this event): the plugin settings for the first; nopCommerce's
/// product list permission for the doctor (vendors included: they see their own products there), because it lists and
/// fixes products, not the plugin's configuration; the orders list's permission for open backorders.
/// </summary>
public class AdminMenuConsumer : IConsumer<AdminMenuCreatedEvent>
{
    public const string CatalogSystemName = "Catalog";
    public const string PlaceAfterSystemName = "Product tags";
    public const string IconClass = "far fa-dot-circle";
    public const string SalesSystemName = "Sales";
    public const string OrdersSystemName = "Orders";

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

        Place(root, CatalogSystemName, BackordersDefaults.MenuSystemName, new AdminMenuItem
        {
            SystemName = BackordersDefaults.StockDoctorMenuSystemName,
            Title = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Doctor.Menu"),
            Url = _nopUrlHelper.RouteUrl(BackordersDefaults.StockDoctorRouteName),
            IconClass = IconClass,
            PermissionNames = new List<string> { StandardPermission.Catalog.PRODUCTS_VIEW }
        });

        Place(root, SalesSystemName, OrdersSystemName, new AdminMenuItem
        {
            SystemName = BackordersDefaults.OpenBackordersMenuSystemName,
            Title = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "OpenBackorders.Menu.Title"),
            Url = _nopUrlHelper.RouteUrl(BackordersDefaults.OpenBackordersRouteName),
            IconClass = IconClass,
            PermissionNames = new List<string> { StandardPermission.Orders.ORDERS_VIEW }
        });
    }

    /// <summary>Under Catalog after "Product tags" (at Catalog's end when that node is gone; at the top level when Catalog is), once.</summary>
    public static void Place(AdminMenuItem root, AdminMenuItem item) => Place(root, CatalogSystemName, PlaceAfterSystemName, item);

    /// <summary>Under <paramref name="parentSystemName"/> after <paramref name="afterSystemName"/> (at the parent's end when that node is gone; at the top level when the parent is), once.</summary>
    public static void Place(AdminMenuItem root, string parentSystemName, string afterSystemName, AdminMenuItem item)
    {
        var parent = root.ChildNodes.FirstOrDefault(node => node.SystemName == parentSystemName) ?? root;
        if (parent.ChildNodes.Any(node => node.SystemName == item.SystemName))
            return;

        var after = parent.ChildNodes.ToList().FindIndex(node => node.SystemName == afterSystemName);
        parent.ChildNodes.Insert(after >= 0 ? after + 1 : parent.ChildNodes.Count, item);
    }
}
