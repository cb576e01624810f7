using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Services.Security;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>
/// A card on the admin order page (zone admin_order_details_block): each backordered line's backordered, filled and
/// still-open quantity. Nothing when the order has no ledger line (or none of the signed-in vendor's products).
/// </summary>
public class OrderBackordersViewComponent : NopViewComponent
{
    private readonly IBackordersInstalled _installed;
    private readonly IOpenBackordersModelFactory _modelFactory;
    private readonly IPermissionService _permissionService;

    public OrderBackordersViewComponent(IBackordersInstalled installed, IOpenBackordersModelFactory modelFactory, IPermissionService permissionService)
    {
        _installed = installed;
        _modelFactory = modelFactory;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        // The admin passes its OrderModel (a Nop.Web type): only its Id is needed.
        var orderId = (additionalData as BaseNopEntityModel)?.Id ?? 0;
        if (orderId <= 0 || !await _installed.IsInstalledAsync() || !await _permissionService.AuthorizeAsync(StandardPermission.Orders.ORDERS_VIEW))
            return Content(string.Empty);

        var model = await _modelFactory.PrepareOrderBackordersModelAsync(orderId);
        if (model.Lines.Count == 0)
            return Content(string.Empty);

        return View(BackordersDefaults.ViewsPath + "OrderBackorders.cshtml", model);
    }
}
