using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Services.Orders;
using Nop.Web.Framework.Components;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>On the cart and checkout summary: which products will be backordered, and how much of each.</summary>
public class CartBackorderNotesViewComponent : NopViewComponent
{
    private readonly ICartBackorderNoteService _noteService;
    private readonly IShoppingCartService _shoppingCartService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    public CartBackorderNotesViewComponent(ICartBackorderNoteService noteService,
        IShoppingCartService shoppingCartService,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _noteService = noteService;
        _shoppingCartService = shoppingCartService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, store.Id);

        var notes = await _noteService.GetNotesAsync(cart);
        if (notes.Count == 0)
            return Content(string.Empty);

        return View(BackordersDefaults.ViewsPath + "CartBackorderNotes.cshtml", notes);
    }
}
