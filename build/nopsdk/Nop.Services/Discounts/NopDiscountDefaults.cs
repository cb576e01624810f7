using Nop.Core.Caching;

namespace Nop.Services.Discounts;

/// <summary>Plain data, nopCommerce 4.90's text.</summary>
public static partial class NopDiscountDefaults
{
    public static CacheKey AppliedDiscountsCacheKey => new("Nop.discount.applied.{0}-{1}");
}
