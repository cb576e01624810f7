using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// What a theme may read instead of parsing the availability text: rendered as data attributes by the plugin's
/// product-page and cart widgets (README, "Themes").
/// </summary>
/// <param name="AllowsBackorder">Customers may order beyond the stock (the policy allows backorders).</param>
/// <param name="MaxOrderable">The most that may be ordered now (what the cart accepts); null when there is no maximum.</param>
/// <param name="StockAvailable">The stock available; null when the product does not display its stock quantity.</param>
public readonly record struct BackorderSignal(bool AllowsBackorder, int? MaxOrderable, int? StockAvailable)
{
    /// <summary>Nothing is known without a stock basis (stock not managed, or a combination not chosen): no maximum.</summary>
    public static readonly BackorderSignal NotManaged = new(false, null, null);

    /// <param name="limit">The product's backorder limit in force; 0 is unlimited.</param>
    public static BackorderSignal For(StockBasis? basis, int limit, bool displayStockQuantity) =>
        basis is not { } stock
            ? NotManaged
            : new BackorderSignal(EffectivePolicy.AllowsBackorders(stock.Policy),
                BackorderLimit.MaximumOrderable(stock.Policy, stock.Available, limit),
                displayStockQuantity ? stock.Available : null);
}
