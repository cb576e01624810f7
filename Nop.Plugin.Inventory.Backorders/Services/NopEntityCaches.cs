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
/// CacheEventConsumer. Keys that do not depend on the entity are cleared once per call, not once per entity; above
/// <see cref="PerEntityUpTo"/> entities, the per-entity keys too are cleared by their common prefix, once each.
/// </summary>
public class NopEntityCaches
{
    /// <summary>
    /// Up to this many products (or combinations, or their products) per call, each one's keys are cleared one by one, as
    /// nopCommerce does; above it (an import or a store-wide switch), each kind of key once for all entities: a distributed
    /// cache answers every call with a round trip, and 100,000 products would be 500,000 of them.
    /// </summary>
    public const int PerEntityUpTo = 1_000;

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

        if (productIds.Count > PerEntityUpTo)
        {
            await EveryEntityAsync(NopCatalogDefaults.ProductManufacturersByProductPrefix);
            await EveryEntityAsync(NopCatalogDefaults.ProductPricePrefix);   // the multiple-price keys share its start
            await EveryEntityAsync(NopDiscountDefaults.AppliedDiscountsCacheKey.Key);
            await EveryEntityAsync(NopEntityCacheDefaults<Product>.ByIdCacheKey.Key);
            return;
        }

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
        if (combinations.Count > PerEntityUpTo)
            await EveryEntityAsync(NopEntityCacheDefaults<ProductAttributeCombination>.ByIdCacheKey.Key);
        else
        {
            foreach (var combination in combinations)
                await _staticCacheManager.RemoveAsync(NopEntityCacheDefaults<ProductAttributeCombination>.ByIdCacheKey, combination.Id);
        }

        // ProductAttributeCombinationCacheEventConsumer: by product, once per product.
        var productIds = combinations.Select(c => c.ProductId).Distinct().ToList();
        if (productIds.Count > PerEntityUpTo)
        {
            await EveryEntityAsync(NopCatalogDefaults.ProductAttributeMappingsByProductCacheKey.Key);
            await EveryEntityAsync(NopCatalogDefaults.ProductAttributeCombinationsByProductCacheKey.Key);
            await EveryEntityAsync(NopCatalogDefaults.ProductMultiplePricePrefix);
            return;
        }

        foreach (var productId in productIds)
        {
            await _staticCacheManager.RemoveAsync(NopCatalogDefaults.ProductAttributeMappingsByProductCacheKey, productId);
            await _staticCacheManager.RemoveAsync(NopCatalogDefaults.ProductAttributeCombinationsByProductCacheKey, productId);
            await _staticCacheManager.RemoveByPrefixAsync(NopCatalogDefaults.ProductMultiplePricePrefix, productId);
        }
    }

    /// <summary>
    /// The keys of <paramref name="keyOrPrefix"/> ("…{0}" or "…{0}-{1}") for every entity: its text up to the first
    /// parameter (applied discounts: of every entity type).
    /// </summary>
    private Task EveryEntityAsync(string keyOrPrefix) =>
        _staticCacheManager.RemoveByPrefixAsync(keyOrPrefix[..keyOrPrefix.IndexOf('{')]);
}
