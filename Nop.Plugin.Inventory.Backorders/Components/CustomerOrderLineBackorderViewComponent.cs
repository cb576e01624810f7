using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>
/// Under each line of the customer's order page (zone orderdetails_product_line): "2 of 5 on backorder" while part of
/// the line waits for stock and the product's policy tells customers; only on the signed-in customer's own order.
/// </summary>
public class CustomerOrderLineBackorderViewComponent : NopViewComponent
{
    private readonly IBackordersInstalled _installed;
    private readonly IOpenBackordersModelFactory _modelFactory;

    public CustomerOrderLineBackorderViewComponent(IBackordersInstalled installed, IOpenBackordersModelFactory modelFactory)
    {
        _installed = installed;
        _modelFactory = modelFactory;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        // The page passes each line's OrderItemModel (a Nop.Web type) whose Id is the order item's id.
        var orderItemId = (additionalData as BaseNopEntityModel)?.Id ?? 0;
        if (orderItemId <= 0 || !await _installed.IsInstalledAsync())
            return Content(string.Empty);

        var model = await _modelFactory.PrepareCustomerOrderLineModelAsync(orderItemId);
        if (model is null)
            return Content(string.Empty);

        return View(BackordersDefaults.ViewsPath + "CustomerOrderLineBackorder.cshtml", model);
    }
}
