using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Catalog;
using Nop.Services.Catalog;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>
/// On the product page of a product that tells customers about backorders: when the quantity changes, the availability
/// line is refreshed through nopCommerce's own attribute-change request, so it can read "3 in stock, 2 will be backordered".
/// </summary>
public class ProductBackorderSplitViewComponent : NopViewComponent
{
    private readonly IProductService _productService;

    public ProductBackorderSplitViewComponent(IProductService productService)
    {
        _productService = productService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        // nopCommerce passes its ProductDetailsModel (a Nop.Web type): only its Id is needed.
        var productId = (additionalData as BaseNopEntityModel)?.Id ?? 0;
        var product = productId == 0 ? null : await _productService.GetProductByIdAsync(productId);
        if (product is null
            || product.BackorderMode != BackorderMode.AllowQtyBelow0AndNotifyCustomer
            || product.ManageInventoryMethod == ManageInventoryMethod.DontManageStock
            || !product.DisplayStockAvailability)
        {
            return Content(string.Empty);
        }

        return View(BackordersDefaults.ViewsPath + "ProductBackorderSplit.cshtml", product.Id);
    }
}
