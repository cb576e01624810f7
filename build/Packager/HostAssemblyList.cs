namespace Backorders.Packager;

/// <summary>
/// The assemblies a nopCommerce 4.90.3 host loads, with their AssemblyVersion: build/nopsdk/host-assemblies.tsv.
/// Format: tab-separated "name, version[, how]"; lines starting with # are comments; an optional header line starts with "name".
/// </summary>
public sealed class HostAssemblyList : AssemblyVersionList
{
    private HostAssemblyList(IEnumerable<KeyValuePair<string, Version>> versions, string source) : base(versions) => Source = source;

    /// <summary>Where the list was read from (for messages).</summary>
    public string Source { get; }

    public static HostAssemblyList Load(string path)
    {
        if (!File.Exists(path))
            throw new PackagingException($"Host assembly list not found: {path}");

        return Parse(File.ReadAllLines(path), path);
    }

    public static HostAssemblyList Parse(IEnumerable<string> lines, string source = "host list")
    {
        var entries = new List<KeyValuePair<string, Version>>();
        var lineNumber = 0;
        foreach (var rawLine in lines)
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;

            var columns = line.Split('\t');
            if (columns.Length < 2)
                throw new PackagingException($"{source}:{lineNumber}: expected \"name<TAB>version\", got \"{rawLine}\"");

            var name = columns[0].Trim();
            var versionText = columns[1].Trim();
            if (name.Equals("name", StringComparison.OrdinalIgnoreCase) && versionText.Equals("version", StringComparison.OrdinalIgnoreCase))
                continue; // header

            if (name.Length == 0 || !Version.TryParse(versionText, out _))
                throw new PackagingException($"{source}:{lineNumber}: bad assembly name or version in \"{rawLine}\"");

            entries.Add(new(name, ParseVersion(versionText)));
        }

        if (entries.Count == 0)
            throw new PackagingException($"{source}: no assemblies listed");

        return new HostAssemblyList(entries, source);
    }
}
