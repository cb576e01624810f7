namespace Nop.Core.Caching;

public partial class CacheKey
{
    /// <summary>Plain data (the key text), so that keys the plugin builds from nopCommerce's defaults can be compared in tests.</summary>
    public CacheKey(string key) => Key = key;
    public virtual CacheKey Create(Func<object, object> createCacheKeyParameters, params object[] keyObjects) => throw null;
    public string Key { get; protected set; }
    public int CacheTime { get => throw null; set => throw null; }
}
