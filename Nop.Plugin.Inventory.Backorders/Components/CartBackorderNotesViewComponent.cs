using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Services.Orders;
using Nop.Web.Framework.Components;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>
/// On the cart and checkout summary: which products will be backordered, and how much of each; and per cart line the
/// data attributes themes read (README, "Themes").
/// </summary>
public class CartBackorderNotesViewComponent : NopViewComponent
{
    private readonly StorefrontWidgetModels _models;
    private readonly IShoppingCartService _shoppingCartService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    public CartBackorderNotesViewComponent(StorefrontWidgetModels models,
        IShoppingCartService shoppingCartService,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _models = models;
        _shoppingCartService = shoppingCartService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, store.Id);

        var model = await _models.PrepareCartModelAsync(cart);
        if (model is null)
            return Content(string.Empty);

        return View(BackordersDefaults.ViewsPath + "CartBackorderNotes.cshtml", model);
    }
}
