using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Services.Catalog;
using Nop.Services.Discounts;

namespace Nop.Plugin.Inventory.Backorders.Services;

/// <summary>
/// Clears, for products and attribute combinations the plugin changed with set-based statements (which raise no entity
/// events), the same static-cache keys and prefixes nopCommerce 4.90's own consumers of <c>EntityUpdatedEvent</c> clear:
/// Nop.Services' ProductCacheEventConsumer and ProductAttributeCombinationCacheEventConsumer with their base
/// CacheEventConsumer. Keys that do not depend on the entity are cleared once per call, not once per entity.
/// </summary>
public class NopEntityCaches
{
    private readonly IStaticCacheManager _staticCacheManager;

    public NopEntityCaches(IStaticCacheManager staticCacheManager)
    {
        _staticCacheManager = staticCacheManager;
    }

    /// <summary>What nopCommerce clears when products are updated.</summary>
    public async Task ProductsUpdatedAsync(IReadOnlyCollection<int> productIds)
    {
        if (productIds.Count == 0)
            return;

        // ProductCacheEventConsumer (update): keys independent of the product.
        await _staticCacheManager.RemoveAsync(NopCatalogDefaults.ProductsHomepageCacheKey);
        await _staticCacheManager.RemoveByPrefixAsync(NopEntityCacheDefaults<ShoppingCartItem>.AllPrefix);
        await _staticCacheManager.RemoveByPrefixAsync(NopCatalogDefaults.FeaturedProductIdsPrefix);
        // CacheEventConsumer<Product> (update).
        await _staticCacheManager.RemoveByPrefixAsync(NopEntityCacheDefaults<Product>.ByIdsPrefix);
        await _staticCacheManager.RemoveByPrefixAsync(NopEntityCacheDefaults<Product>.AllPrefix);

        foreach (var id in productIds)
        {
            // nopCommerce passes the product; its cache key service turns an entity into its Id.
            await _staticCacheManager.RemoveByPrefixAsync(NopCatalogDefaults.ProductManufacturersByProductPrefix, id);
            await _staticCacheManager.RemoveByPrefixAsync(NopCatalogDefaults.ProductPricePrefix, id);
            await _staticCacheManager.RemoveByPrefixAsync(NopCatalogDefaults.ProductMultiplePricePrefix, id);
            await _staticCacheManager.RemoveAsync(NopDiscountDefaults.AppliedDiscountsCacheKey, nameof(Product), id);
            await _staticCacheManager.RemoveAsync(NopEntityCacheDefaults<Product>.ByIdCacheKey, id);
        }
    }

    /// <summary>What nopCommerce clears when attribute combinations are updated.</summary>
    public async Task CombinationsUpdatedAsync(IReadOnlyCollection<ChangedCombination> combinations)
    {
        if (combinations.Count == 0)
            return;

        // CacheEventConsumer<ProductAttributeCombination> (update).
        await _staticCacheManager.RemoveByPrefixAsync(NopEntityCacheDefaults<ProductAttributeCombination>.ByIdsPrefix);
        await _staticCacheManager.RemoveByPrefixAsync(NopEntityCacheDefaults<ProductAttributeCombination>.AllPrefix);
        foreach (var combination in combinations)
            await _staticCacheManager.RemoveAsync(NopEntityCacheDefaults<ProductAttributeCombination>.ByIdCacheKey, combination.Id);

        // ProductAttributeCombinationCacheEventConsumer: by product, once per product.
        foreach (var productId in combinations.Select(c => c.ProductId).Distinct())
        {
            await _staticCacheManager.RemoveAsync(NopCatalogDefaults.ProductAttributeMappingsByProductCacheKey, productId);
            await _staticCacheManager.RemoveAsync(NopCatalogDefaults.ProductAttributeCombinationsByProductCacheKey, productId);
            await _staticCacheManager.RemoveByPrefixAsync(NopCatalogDefaults.ProductMultiplePricePrefix, productId);
        }
    }
}
