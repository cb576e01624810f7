namespace Nop.Core.Caching;

// Subset the plugin calls.
public partial interface IStaticCacheManager : IDisposable, ICacheKeyService
{
    Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters);
    Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters);
    Task ClearAsync();
}
