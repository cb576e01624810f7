using System.Reflection;

namespace Backorders.Packager;

/// <summary>A set of assembly names (case-insensitive) with the highest AssemblyVersion a reference to each may have.</summary>
public abstract class AssemblyVersionList
{
    private readonly Dictionary<string, Version> _versions;

    protected AssemblyVersionList(IEnumerable<KeyValuePair<string, Version>> versions)
    {
        _versions = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, version) in versions)
        {
            // A name listed twice keeps its highest version.
            if (!_versions.TryGetValue(name, out var existing) || existing < version)
                _versions[name] = version;
        }
    }

    public int Count => _versions.Count;

    public IEnumerable<string> Names => _versions.Keys;

    public bool Contains(string assemblyName) => _versions.ContainsKey(assemblyName);

    public bool TryGetVersion(string assemblyName, out Version version) => _versions.TryGetValue(assemblyName, out version!);

    /// <summary>Parses "1.2.3.4", "1.2.3" or "1.2" into a four-part version (missing parts are 0), as AssemblyVersion stores it.</summary>
    public static Version ParseVersion(string text)
    {
        var version = Version.Parse(text.Trim());
        return new Version(version.Major, version.Minor, Math.Max(version.Build, 0), Math.Max(version.Revision, 0));
    }

    /// <summary>Treats a missing version (possible in hand-made metadata) as 0.0.0.0.</summary>
    public static Version Normalize(Version? version) =>
        version is null ? new Version(0, 0, 0, 0)
            : new Version(version.Major, version.Minor, Math.Max(version.Build, 0), Math.Max(version.Revision, 0));

    internal static string Describe(AssemblyName name) => $"{name.Name}, Version={Normalize(name.Version)}";
}
