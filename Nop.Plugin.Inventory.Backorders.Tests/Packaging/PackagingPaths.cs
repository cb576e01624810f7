namespace Nop.Plugin.Inventory.Backorders.Tests.Packaging;

/// <summary>Where the repository, the host list and the plugin's own build output are, seen from the test assembly.</summary>
internal static class PackagingPaths
{
    public const string PluginProject = "Nop.Plugin.Inventory.Backorders";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string HostList => Path.Combine(RepositoryRoot, "build", "nopsdk", "host-assemblies.tsv");

    public static string RootPluginJson => Path.Combine(RepositoryRoot, "plugin.json");

    /// <summary>The plugin DLL the test project compiled against and copied next to the tests.</summary>
    public static string PluginDllInTestOutput => typeof(BackordersPlugin).Assembly.Location;

    /// <summary>
    /// The plugin project's own output for the configuration the tests were built in (bin/&lt;Configuration&gt;/net9.0), which is what
    /// gets packaged; null if it is not there. (The test output is no stand-in: it also holds the tests' newer FluentMigrator,
    /// linq2db and friends.)
    /// </summary>
    public static string PluginOwnOutput
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var targetFramework = testOutput.Name;
            var configuration = testOutput.Parent?.Name;
            if (configuration is null)
                return null;
            var dir = Path.Combine(RepositoryRoot, PluginProject, "bin", configuration, targetFramework);
            return File.Exists(Path.Combine(dir, PluginProject + ".dll")) ? dir : null;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "build", "nopsdk", "host-assemblies.tsv"))
                && File.Exists(Path.Combine(dir.FullName, "plugin.json")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No repository root (plugin.json + build/nopsdk/host-assemblies.tsv) above {AppContext.BaseDirectory}");
    }
}
