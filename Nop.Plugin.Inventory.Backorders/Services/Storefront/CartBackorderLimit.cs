using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// The cart's backorder limit for one line. nopCommerce checks stock only when backorders are not allowed (for a
/// product: its policy; for a combination: "allow out of stock orders" off); once they are, nothing stops the quantity.
/// </summary>
public static class CartBackorderLimitRule
{
    /// <summary>
    /// How many more units may be added when the line would take its stock past the limit; null when it stays within
    /// it, or when the limit does not apply (no stock basis, or backorders not allowed: nopCommerce's own check applies).
    /// </summary>
    /// <param name="basis">The product's stock (one warehouse, or stock minus reserved over its warehouses) or the combination's.</param>
    /// <param name="limit">The product's backorder limit in force; 0 is unlimited.</param>
    /// <param name="alreadyInCart">Other lines sharing that stock: the product's, or the same combination's.</param>
    public static int? RemainingWhenExceeded(StockBasis? basis, int limit, int alreadyInCart, int requested)
    {
        if (basis is not { } stock || !EffectivePolicy.AllowsBackorders(stock.Policy))
            return null;

        return BackorderLimit.RemainingWhenExceeded(BackorderLimit.MaximumOrderable(stock.Policy, stock.Available, limit), alreadyInCart, requested);
    }
}

/// <summary>Gathers what <see cref="CartBackorderLimitRule"/> needs for a cart line, for <see cref="BackorderShoppingCartService"/>.</summary>
public class CartBackorderLimit
{
    public const string LimitWarningKey = BackordersDefaults.ResourcePrefix + "Cart.BackorderLimitReached";

    private readonly IBackordersInstalled _installed;
    private readonly IBackorderInventoryService _inventoryService;
    private readonly ILocalizationService _localizationService;
    private readonly IProductAttributeParser _productAttributeParser;
    private readonly IProductService _productService;

    public CartBackorderLimit(IBackordersInstalled installed,
        IBackorderInventoryService inventoryService,
        ILocalizationService localizationService,
        IProductAttributeParser productAttributeParser,
        IProductService productService)
    {
        _installed = installed;
        _inventoryService = inventoryService;
        _localizationService = localizationService;
        _productAttributeParser = productAttributeParser;
        _productService = productService;
    }

    /// <summary>The warning for a cart line beyond the backorder limit, or null (always null when the plugin is not installed).</summary>
    /// <param name="shoppingCartItemId">The line being changed (0 when adding); it does not count twice.</param>
    /// <param name="productLines">The customer's cart lines of this product (read only when needed).</param>
    public async Task<string> GetWarningAsync(Product product, string attributesXml, int quantity, int shoppingCartItemId,
        Func<Task<IList<ShoppingCartItem>>> productLines)
    {
        if (product.ManageInventoryMethod == ManageInventoryMethod.DontManageStock || !await _installed.IsInstalledAsync())
            return null;

        var byAttributes = product.ManageInventoryMethod == ManageInventoryMethod.ManageStockByAttributes;
        var combination = byAttributes ? await _productAttributeParser.FindProductAttributeCombinationAsync(product, attributesXml) : null;
        var totalStock = byAttributes ? 0 : await _productService.GetTotalStockQuantityAsync(product);
        if (StockSource.For(product, totalStock, combination) is not { } basis || !EffectivePolicy.AllowsBackorders(basis.Policy))
            return null;

        var limit = await _inventoryService.GetBackorderLimitAsync(product);
        if (limit == BackorderLimit.Unlimited)
            return null;

        // Lines of the product share its stock; for a combination, only lines of the same combination do.
        var alreadyInCart = 0;
        foreach (var line in await productLines())
        {
            if (line.Id == shoppingCartItemId || line.ProductId != product.Id)
                continue;
            if (combination is not null && (await _productAttributeParser.FindProductAttributeCombinationAsync(product, line.AttributesXml))?.Id != combination.Id)
                continue;

            alreadyInCart += line.Quantity;
        }

        return CartBackorderLimitRule.RemainingWhenExceeded(basis, limit, alreadyInCart, quantity) is { } remaining
            ? string.Format(await _localizationService.GetResourceAsync(LimitWarningKey), remaining)
            : null;
    }
}
