using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Services.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>The product page widget: the theme signal, and whether the availability line follows the entered quantity.</summary>
/// <param name="StockSource">"product" (the signal applies) or "combination" (it depends on the attributes chosen: the signal is empty).</param>
/// <param name="RefreshOnQuantityChange">The product tells customers about backorders: the split is shown as the quantity changes.</param>
public record ProductBackorderWidgetModel(int ProductId, string StockSource, BackorderSignal Signal, bool RefreshOnQuantityChange);

/// <summary>Prepares the models of the plugin's storefront widgets; null when there is nothing to render (always once uninstalled).</summary>
public class StorefrontWidgetModels
{
    public const string ProductStock = "product";
    public const string CombinationStock = "combination";

    private readonly IBackordersInstalled _installed;
    private readonly IBackorderInventoryService _inventoryService;
    private readonly ICartBackorderNoteService _noteService;
    private readonly IProductService _productService;

    public StorefrontWidgetModels(IBackordersInstalled installed,
        IBackorderInventoryService inventoryService,
        ICartBackorderNoteService noteService,
        IProductService productService)
    {
        _installed = installed;
        _inventoryService = inventoryService;
        _noteService = noteService;
        _productService = productService;
    }

    public async Task<ProductBackorderWidgetModel> PrepareProductModelAsync(int productId)
    {
        if (productId == 0 || !await _installed.IsInstalledAsync())
            return null;

        var product = await _productService.GetProductByIdAsync(productId);
        if (product is null || product.ManageInventoryMethod == ManageInventoryMethod.DontManageStock)
            return null;

        var refresh = product.BackorderMode == BackorderMode.AllowQtyBelow0AndNotifyCustomer && product.DisplayStockAvailability;
        if (product.ManageInventoryMethod == ManageInventoryMethod.ManageStockByAttributes)
            return new ProductBackorderWidgetModel(product.Id, CombinationStock, BackorderSignal.NotManaged, refresh);

        var basis = Storefront.StockSource.For(product, await _productService.GetTotalStockQuantityAsync(product));
        var signal = BackorderSignal.For(basis, await _inventoryService.GetBackorderLimitAsync(product), product.DisplayStockQuantity);
        return new ProductBackorderWidgetModel(product.Id, ProductStock, signal, refresh);
    }

    public async Task<CartBackorderSummary> PrepareCartModelAsync(IList<ShoppingCartItem> cart)
    {
        if (cart.Count == 0 || !await _installed.IsInstalledAsync())
            return null;

        var summary = await _noteService.SummarizeAsync(cart);
        return summary.Notes.Count == 0 && summary.Lines.Count == 0 ? null : summary;
    }
}
