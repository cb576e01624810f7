using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Services.Security;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>
/// "Pick list (PDF)", "Pick list (CSV)" and "Ship what is in stock" in the order page's header (zone
/// admin_order_details_buttons). Shipping shows only with nopCommerce's permission to create shipments.
/// </summary>
public class OrderDocumentButtonsViewComponent : NopViewComponent
{
    private readonly IBackordersInstalled _installed;
    private readonly IPermissionService _permissionService;

    public OrderDocumentButtonsViewComponent(IBackordersInstalled installed, IPermissionService permissionService)
    {
        _installed = installed;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var model = await PrepareModelAsync(additionalData);
        return model is null ? Content(string.Empty) : View(BackordersDefaults.ViewsPath + "OrderDocumentButtons.cshtml", model);
    }

    /// <summary>The buttons for the order nopCommerce passes (its OrderModel, a Nop.Web type: only its Id is read); null: render nothing.</summary>
    public async Task<OrderDocumentButtonsModel> PrepareModelAsync(object additionalData)
    {
        var orderId = (additionalData as BaseNopEntityModel)?.Id ?? 0;
        if (orderId <= 0 || !await _installed.IsInstalledAsync() || !await _permissionService.AuthorizeAsync(StandardPermission.Orders.ORDERS_VIEW))
            return null;

        return new OrderDocumentButtonsModel
        {
            OrderId = orderId,
            CanShip = await _permissionService.AuthorizeAsync(StandardPermission.Orders.SHIPMENTS_CREATE_EDIT_DELETE)
        };
    }
}
