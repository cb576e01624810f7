namespace Nop.Core.Caching;

// Subset the plugin calls.
public partial interface IStaticCacheManager : IDisposable, ICacheKeyService
{
    Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters);
    Task ClearAsync();
}
