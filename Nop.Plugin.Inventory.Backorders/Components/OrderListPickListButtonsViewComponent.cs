using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Services.Security;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>"Pick list (PDF)" and "Pick list (CSV)" beside nopCommerce's buttons on the order list (zone admin_order_list_buttons).</summary>
public class OrderListPickListButtonsViewComponent : NopViewComponent
{
    private readonly IBackordersInstalled _installed;
    private readonly IPermissionService _permissionService;

    public OrderListPickListButtonsViewComponent(IBackordersInstalled installed, IPermissionService permissionService)
    {
        _installed = installed;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (!await _installed.IsInstalledAsync() || !await _permissionService.AuthorizeAsync(StandardPermission.Orders.ORDERS_VIEW))
            return Content(string.Empty);

        return View(BackordersDefaults.ViewsPath + "OrderListPickListButtons.cshtml");
    }
}
