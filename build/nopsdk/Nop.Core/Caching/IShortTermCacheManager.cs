namespace Nop.Core.Caching;

// Declared for constructor signatures; no members used.
public partial interface IShortTermCacheManager : ICacheKeyService;
