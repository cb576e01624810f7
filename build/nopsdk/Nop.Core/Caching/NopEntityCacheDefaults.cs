namespace Nop.Core.Caching;

public static partial class NopEntityCacheDefaults<TEntity> where TEntity : BaseEntity
{
    /// <summary>Plain data, as nopCommerce 4.90 computes it: "Nop." + the entity type name in lower case + "." (e.g. "Nop.product.").</summary>
    public static string Prefix => $"Nop.{typeof(TEntity).Name.ToLowerInvariant()}.";
}
