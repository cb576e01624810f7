using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Services.Catalog;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>One stock a checkout's cart draws on: the product's (or a combination's), its policy, the limit in force, the units the cart takes.</summary>
public readonly record struct CheckoutStock(StockKey Key, BackorderMode Policy, int Limit, int Quantity);

/// <summary>Whether a cart's units would take a stock past its backorder limit, judged on the stock as it is now.</summary>
public static class CheckoutBackorderLimitRule
{
    /// <param name="availableNow">The stock read from the database just now; null when the product no longer keeps stock that way.</param>
    public static bool Refuses(CheckoutStock stock, int? availableNow) =>
        availableNow is { } available && stock.Limit != BackorderLimit.Unlimited
        && CartBackorderLimitRule.RemainingWhenExceeded(new StockBasis(available, stock.Policy), stock.Limit, 0, stock.Quantity) is not null;

    /// <summary>Adds a cart line's units to the stock it draws on: lines of one product (or of one combination) share it.</summary>
    public static void Add(IDictionary<StockKey, CheckoutStock> stocks, CheckoutStock line) =>
        stocks[line.Key] = stocks.TryGetValue(line.Key, out var earlier) ? earlier with { Quantity = earlier.Quantity + line.Quantity } : line;
}

/// <summary>
/// The backorder limit checked once more right before nopCommerce processes the payment (<see cref="BackorderOrderProcessingService"/>),
/// on stock read from the database, not on cached products: the cart's check ran earlier, on entities another instance's
/// sales may have left stale. The atomic stock change at placement stays the final guard (see README, "Backorder limit at checkout").
/// </summary>
public class CheckoutBackorderLimit
{
    private readonly INopDataProvider _dataProvider;
    private readonly IBackordersInstalled _installed;
    private readonly IBackorderInventoryService _inventoryService;
    private readonly ILocalizationService _localizationService;
    private readonly IProductAttributeParser _productAttributeParser;
    private readonly IProductService _productService;
    private readonly LedgerStatements _statements;

    public CheckoutBackorderLimit(INopDataProvider dataProvider,
        IBackordersInstalled installed,
        IBackorderInventoryService inventoryService,
        ILocalizationService localizationService,
        IProductAttributeParser productAttributeParser,
        IProductService productService,
        LedgerStatements statements)
    {
        _dataProvider = dataProvider;
        _installed = installed;
        _inventoryService = inventoryService;
        _localizationService = localizationService;
        _productAttributeParser = productAttributeParser;
        _productService = productService;
        _statements = statements;
    }

    /// <summary>
    /// The refusal for the first product whose cart units would pass its backorder limit on today's stock (its message
    /// names the product, resource <see cref="ProductServiceOverrides.LimitRefusedKey"/>); null when the cart may be paid
    /// for, and always null when the plugin is not installed. One read of the stock per product (or combination) with a limit.
    /// </summary>
    public async Task<BackorderLimitExceededException> CheckAsync(IEnumerable<ShoppingCartItem> cart)
    {
        if (cart is null || !await _installed.IsInstalledAsync())
            return null;

        var stocks = new Dictionary<StockKey, CheckoutStock>();
        var products = new Dictionary<int, Product>();
        foreach (var line in cart)
        {
            if (await _productService.GetProductByIdAsync(line.ProductId) is not { } product)
                continue;
            products[product.Id] = product;

            var combination = product.ManageInventoryMethod == ManageInventoryMethod.ManageStockByAttributes
                ? await _productAttributeParser.FindProductAttributeCombinationAsync(product, line.AttributesXml)
                : null;
            // The stock and policy as the cart judges them (the stock itself is read from the database below).
            if (StockSource.For(product, 0, combination) is not { } basis)
                continue;
            var key = combination is null ? StockKey.Product(product.Id) : StockKey.Combination(product.Id, combination.Id);
            CheckoutBackorderLimitRule.Add(stocks, new CheckoutStock(key, basis.Policy, 0, line.Quantity));
        }

        foreach (var stock in stocks.Values)
        {
            // Without backorders nopCommerce's own stock check applies; the limit only bounds backorders.
            if (!EffectivePolicy.AllowsBackorders(stock.Policy))
                continue;

            var product = products[stock.Key.ProductId];
            var limited = stock with { Limit = await _inventoryService.GetBackorderLimitAsync(product) };
            if (limited.Limit == BackorderLimit.Unlimited)
                continue;

            var now = (await _dataProvider.QueryAsync<StockNow>(_statements.AvailableNow(stock.Key))).FirstOrDefault();
            if (CheckoutBackorderLimitRule.Refuses(limited, now?.Available))
            {
                var name = await _localizationService.GetLocalizedAsync(product, p => p.Name);
                return new BackorderLimitExceededException(product.Id,
                    string.Format(await _localizationService.GetResourceAsync(ProductServiceOverrides.LimitRefusedKey), name));
            }
        }

        return null;
    }
}
