namespace Backorders.Packager;

/// <summary>Which files of a plugin's build output go into the package.</summary>
public static class PackagingRules
{
    /// <summary>
    /// Name prefixes reserved for the host and the shared framework: such DLLs are never shipped (nopCommerce's own
    /// ClearPluginAssemblies removes them from a plugin folder, and its loader skips file names the host has).
    /// </summary>
    public static readonly IReadOnlyList<string> HostPrefixes = ["Nop.", "FluentMigrator", "linq2db", "Microsoft.", "System."];

    public static bool HasHostPrefix(string assemblyOrFileName)
    {
        var name = assemblyOrFileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? assemblyOrFileName[..^4] : assemblyOrFileName;
        return HostPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)
                                     || name.Equals(p.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Top-level folders of the build output that are copied into the package, whole.</summary>
    public static readonly IReadOnlyList<string> ContentFolders = ["Views", "Content"];

    /// <summary>Logo file names nopCommerce shows in the plugin list, in order of preference.</summary>
    public static readonly IReadOnlyList<string> LogoFileNames = ["logo.png", "logo.jpg", "logo.gif"];

    public sealed record Selection(IReadOnlyList<string> Shipped, IReadOnlyList<(string File, string Reason)> Skipped);

    /// <summary>
    /// The third-party DLLs at the top of the plugin output that the package ships: every *.dll except the main one and those
    /// the host or framework provides. (DLLs in subfolders, e.g. satellite resources or runtimes/, are never loaded by nopCommerce.)
    /// </summary>
    public static Selection SelectShippedAssemblies(string pluginOutputDirectory, string mainFileName, AssemblyReferenceCheck check)
    {
        var shipped = new List<string>();
        var skipped = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(pluginOutputDirectory, "*.dll").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (fileName.Equals(mainFileName, StringComparison.Ordinal))
                continue;

            var name = Path.GetFileNameWithoutExtension(path);
            if (HasHostPrefix(name))
                skipped.Add((fileName, "host/framework name"));
            else if (check.Host.Contains(name))
                skipped.Add((fileName, "the nopCommerce host loads it"));
            else if (check.Framework.Contains(name))
                skipped.Add((fileName, "shared framework assembly"));
            else if (AssemblyReferenceCheck.IsManagedAssembly(path) && check.IsHostProvided(AssemblyReferenceCheck.ReadIdentity(path).Name!))
                skipped.Add((fileName, "host/framework assembly under another file name"));
            else
                shipped.Add(path);
        }

        return new Selection(shipped, skipped);
    }
}
