using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>The storefront's backorder behaviour, used by the plugin's overrides of nopCommerce's product service.</summary>
public interface IBackorderInventoryService
{
    /// <summary>Reads the plugin records of many products in one query for the rest of this request (a cart, a catalog page).</summary>
    Task PreloadSettingsAsync(IReadOnlyCollection<int> productIds);

    /// <summary>The availability text for a product or combination with <paramref name="available"/> units and the given effective policy.</summary>
    Task<string> GetStockMessageAsync(Product product, int available, BackorderMode policy, int requestedQuantity = 0);

    /// <summary>Which availability message applies (see <see cref="StockMessageRule"/>), with the product's limit and restock date.</summary>
    Task<StockMessage> DecideStockMessageAsync(Product product, int available, BackorderMode policy, int requestedQuantity = 0);

    /// <summary>Words a decided message in the customer's language.</summary>
    Task<string> WordStockMessageAsync(Product product, StockMessage message);

    /// <summary>nopCommerce's low-stock activity without blocking products that allow backorders; flags it sets are remembered, so only those are lifted later.</summary>
    Task ApplyLowStockActivityAsync(Product product, int totalStock);

    /// <summary>The product's backorder limit in force (its own, else the store default); 0 is unlimited.</summary>
    Task<int> GetBackorderLimitAsync(Product product);

    /// <summary>How many more units may be ordered under the product's policy and backorder limit; null when there is no maximum.</summary>
    Task<int?> GetMaximumOrderableAsync(Product product, int available, BackorderMode policy);
}
