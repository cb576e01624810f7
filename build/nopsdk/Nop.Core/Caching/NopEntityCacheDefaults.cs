namespace Nop.Core.Caching;

public static partial class NopEntityCacheDefaults<TEntity> where TEntity : BaseEntity
{
    public static string Prefix => throw null;
}
