using Microsoft.AspNetCore.Mvc;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>
/// On the product page of a product with managed stock: the data attributes themes read (README, "Themes"), and for a
/// product that tells customers about backorders, the availability line refreshed through nopCommerce's own
/// attribute-change request when the quantity changes, so it can read "3 in stock, 2 will be backordered".
/// </summary>
public class ProductBackorderSplitViewComponent : NopViewComponent
{
    private readonly StorefrontWidgetModels _models;

    public ProductBackorderSplitViewComponent(StorefrontWidgetModels models)
    {
        _models = models;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        // nopCommerce passes its ProductDetailsModel (a Nop.Web type): only its Id is needed.
        var model = await _models.PrepareProductModelAsync((additionalData as BaseNopEntityModel)?.Id ?? 0);
        if (model is null)
            return Content(string.Empty);

        return View(BackordersDefaults.ViewsPath + "ProductBackorderSplit.cshtml", model);
    }
}
