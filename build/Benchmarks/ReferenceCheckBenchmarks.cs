using BenchmarkDotNet.Attributes;
using Backorders.Packager;
using Nop.Plugin.Inventory.Backorders;

namespace Backorders.Benchmarks;

/// <summary>
/// The binary compatibility check build/package.sh runs on the real plugin DLL, with the host and shared-framework lists
/// loaded once (what the packager and the tests do) against the baseline that re-reads both lists from disk for every check
/// (build/nopsdk/host-assemblies.tsv and the 9.0 targeting packs' data/FrameworkList.xml).
/// </summary>
[MemoryDiagnoser]
public class ReferenceCheckBenchmarks
{
    private string _hostList;
    private string _pluginDll;
    private AssemblyReferenceCheck _check;

    [GlobalSetup]
    public void Setup()
    {
        _hostList = Path.Combine(FindRepositoryRoot(), "build", "nopsdk", "host-assemblies.tsv");
        _pluginDll = typeof(BackordersPlugin).Assembly.Location;
        _check = new AssemblyReferenceCheck(HostAssemblyList.Load(_hostList), FrameworkAssemblyList.Embedded());

        // Both must do the same work and find the plugin compatible.
        var cached = CheckWithListsLoadedOnce();
        var reloaded = CheckReloadingListsEachTime();
        if (cached != reloaded || cached == 0)
            throw new InvalidOperationException($"expected the same non-zero count of OK references, got {cached} and {reloaded}");
    }

    [Benchmark(Baseline = true, Description = "re-read host + framework lists per check")]
    public int CheckReloadingListsEachTime()
    {
        var framework = FrameworkAssemblyList.FromInstalledTargetingPacks()
                        ?? throw new InvalidOperationException("no 9.0 targeting packs installed");
        var check = new AssemblyReferenceCheck(HostAssemblyList.Load(_hostList), framework);
        return CountOk(check.Check(_pluginDll, []));
    }

    [Benchmark(Description = "lists loaded once")]
    public int CheckWithListsLoadedOnce() => CountOk(_check.Check(_pluginDll, []));

    private static int CountOk(CheckResult result) =>
        result.Success ? result.Findings.Count : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "build", "nopsdk", "host-assemblies.tsv")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root (build/nopsdk/host-assemblies.tsv) not found");
    }
}
