using System.Reflection;
using System.Xml.Linq;

namespace Backorders.Packager;

/// <summary>
/// The assemblies of the .NET 9 / ASP.NET Core 9 shared framework (Microsoft.NETCore.App and Microsoft.AspNetCore.App),
/// each with the AssemblyVersion its 9.0 reference assembly has (9.0.0.0 for most; e.g. netstandard 2.1.0.0, mscorlib 4.0.0.0).
/// </summary>
public sealed class FrameworkAssemblyList : AssemblyVersionList
{
    public const string EmbeddedResourceName = "framework-assemblies.tsv";

    /// <summary>The shared frameworks a nopCommerce 4.90 host runs on.</summary>
    public static readonly string[] FrameworkNames = ["Microsoft.NETCore.App", "Microsoft.AspNetCore.App"];

    private FrameworkAssemblyList(IEnumerable<KeyValuePair<string, Version>> versions, string source) : base(versions) => Source = source;

    public string Source { get; }

    private static readonly Lazy<FrameworkAssemblyList> _embedded = new(LoadEmbedded);

    /// <summary>
    /// The list embedded at build time: the SDK's resolved references from the net9.0 targeting packs
    /// (see the EmbedFrameworkAssemblyList target in Packager.csproj).
    /// </summary>
    public static FrameworkAssemblyList Embedded() => _embedded.Value;

    private static FrameworkAssemblyList LoadEmbedded()
    {
        using var stream = typeof(FrameworkAssemblyList).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new PackagingException($"The packager was built without its {EmbeddedResourceName} resource.");
        using var reader = new StreamReader(stream);
        var entries = new List<KeyValuePair<string, Version>>();
        var frameworks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var columns = line.Split('\t');
            if (columns.Length < 3 || !Version.TryParse(columns[1], out _))
                throw new PackagingException($"Malformed line in the embedded {EmbeddedResourceName}: \"{line}\"");
            entries.Add(new(columns[0], ParseVersion(columns[1])));
            frameworks.Add(columns[2] + " " + (columns.Length > 3 ? columns[3] : "?"));
        }

        RequireBothFrameworks(frameworks.Select(f => f.Split(' ')[0]), "embedded list");
        return new FrameworkAssemblyList(entries, "targeting packs " + string.Join(", ", frameworks.Order()));
    }

    /// <summary>
    /// Reads the lists of the given targeting pack folders (e.g. ~/.nuget/packages/microsoft.netcore.app.ref/9.0.20):
    /// data/FrameworkList.xml, or else the reference assemblies under ref/net9.0.
    /// </summary>
    public static FrameworkAssemblyList FromTargetingPacks(IEnumerable<string> packDirectories)
    {
        var entries = new List<KeyValuePair<string, Version>>();
        var sources = new List<string>();
        var frameworks = new List<string>();
        foreach (var dir in packDirectories)
        {
            var frameworkList = Path.Combine(dir, "data", "FrameworkList.xml");
            if (File.Exists(frameworkList))
            {
                var root = XDocument.Load(frameworkList).Root ?? throw new PackagingException($"Empty {frameworkList}");
                frameworks.Add((string?)root.Attribute("FrameworkName") ?? "");
                foreach (var file in root.Elements("File"))
                {
                    if (!string.Equals((string?)file.Attribute("Type"), "Managed", StringComparison.OrdinalIgnoreCase))
                        continue; // analyzers are not run-time assemblies
                    var name = (string?)file.Attribute("AssemblyName");
                    var version = (string?)file.Attribute("AssemblyVersion");
                    if (!string.IsNullOrEmpty(name) && Version.TryParse(version, out _))
                        entries.Add(new(name, ParseVersion(version!)));
                }
            }
            else
            {
                var refDir = Directory.Exists(Path.Combine(dir, "ref"))
                    ? Directory.GetDirectories(Path.Combine(dir, "ref"), "net*").OrderDescending().FirstOrDefault()
                    : null;
                if (refDir is null)
                    throw new PackagingException($"{dir} is not a targeting pack (no data/FrameworkList.xml, no ref/net*/)");
                foreach (var dll in Directory.EnumerateFiles(refDir, "*.dll"))
                {
                    var name = AssemblyName.GetAssemblyName(dll);
                    entries.Add(new(name.Name!, Normalize(name.Version)));
                }
                frameworks.Add(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar)))
                    ?.Replace(".ref", "", StringComparison.OrdinalIgnoreCase) ?? "");
            }
            sources.Add(dir);
        }

        if (entries.Count == 0)
            throw new PackagingException("No framework assemblies found in " + string.Join(", ", sources));
        return new FrameworkAssemblyList(entries, string.Join(", ", sources));
    }

    /// <summary>
    /// Finds the newest 9.0.x targeting packs on this machine: the NuGet global packages folder (where the SDK restores them
    /// for net9.0 builds) and the dotnet installation's packs folder. Null when either framework's pack is missing.
    /// </summary>
    public static FrameworkAssemblyList? FromInstalledTargetingPacks(int majorVersion = 9)
    {
        var dirs = new List<string>();
        foreach (var framework in FrameworkNames)
        {
            var packId = framework + ".Ref";
            var candidates = new List<string>();
            foreach (var root in PackRoots())
            {
                foreach (var packDir in new[] { Path.Combine(root, packId.ToLowerInvariant()), Path.Combine(root, packId) })
                {
                    if (!Directory.Exists(packDir))
                        continue;
                    candidates.AddRange(Directory.GetDirectories(packDir)
                        .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) && v.Major == majorVersion));
                }
            }

            var best = candidates.OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0])).FirstOrDefault();
            if (best is null)
                return null;
            dirs.Add(best);
        }

        return FromTargetingPacks(dirs);
    }

    private static IEnumerable<string> PackRoots()
    {
        var nugetPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(nugetPackages))
            yield return nugetPackages;
        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var dotnetRoot = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(dotnetRoot))
            yield return Path.Combine(dotnetRoot, "packs");
        // The running runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
        if (runtimeDir is not null)
            yield return Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", "..", "packs"));
    }

    private static void RequireBothFrameworks(IEnumerable<string> found, string source)
    {
        var missing = FrameworkNames.Except(found, StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
            throw new PackagingException($"The {source} lacks {string.Join(", ", missing)}");
    }
}
