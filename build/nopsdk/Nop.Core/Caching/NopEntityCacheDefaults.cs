namespace Nop.Core.Caching;

/// <summary>Plain data, as nopCommerce 4.90 computes it: "Nop." + the entity type name in lower case + "." + the key's part.</summary>
public static partial class NopEntityCacheDefaults<TEntity> where TEntity : BaseEntity
{
    public static string EntityTypeName => typeof(TEntity).Name.ToLowerInvariant();
    public static CacheKey ByIdCacheKey => new($"Nop.{EntityTypeName}.byid.{{0}}");
    public static string Prefix => $"Nop.{EntityTypeName}.";
    public static string ByIdsPrefix => $"Nop.{EntityTypeName}.byids.";
    public static string AllPrefix => $"Nop.{EntityTypeName}.all.";
}
