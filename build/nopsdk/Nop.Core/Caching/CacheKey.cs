namespace Nop.Core.Caching;

public partial class CacheKey
{
    public CacheKey(string key) => throw null;
    public virtual CacheKey Create(Func<object, object> createCacheKeyParameters, params object[] keyObjects) => throw null;
    public string Key { get => throw null; protected set => throw null; }
    public int CacheTime { get => throw null; set => throw null; }
}
