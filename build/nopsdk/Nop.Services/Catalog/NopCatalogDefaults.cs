using Nop.Core.Caching;

namespace Nop.Services.Catalog;

/// <summary>The cache keys and prefixes nopCommerce's catalog cache consumers clear for a product or combination (plain data, nopCommerce 4.90's texts).</summary>
public static partial class NopCatalogDefaults
{
    public static string ProductManufacturersByProductPrefix => "Nop.productmanufacturer.byproduct.{0}";
    public static CacheKey ProductsHomepageCacheKey => new("Nop.product.homepage.");
    public static string FeaturedProductIdsPrefix => "Nop.product.featured.";
    public static string ProductPricePrefix => "Nop.totals.productprice.{0}";
    public static string ProductMultiplePricePrefix => "Nop.totals.productprice.multiple.{0}";
    public static CacheKey ProductAttributeMappingsByProductCacheKey => new("Nop.productattributemapping.byproduct.{0}");
    public static CacheKey ProductAttributeCombinationsByProductCacheKey => new("Nop.productattributecombination.byproduct.{0}");
}
