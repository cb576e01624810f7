using Backorders.Packager;

namespace Nop.Plugin.Inventory.Backorders.Tests.Packaging;

/// <summary>
/// Binary compatibility with a nopCommerce 4.90.3 host: every reference of the plugin must resolve to a host assembly, a .NET 9 /
/// ASP.NET Core 9 shared-framework assembly or a DLL shipped in the package, at a version no higher than what is there.
/// </summary>
public class AssemblyReferenceCheckTests
{
    private static readonly IReadOnlyDictionary<string, Version> NothingShipped = new Dictionary<string, Version>();

    private AssemblyReferenceCheck _check;
    private string _dir;

    [OneTimeSetUp]
    public void LoadLists() => _check = AssemblyReferenceCheck.Create(PackagingPaths.HostList);

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("backorders-refcheck-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Craft(params string[] references) =>
        TestAssemblies.Write(Path.Combine(_dir, "Crafted.dll"), "Crafted", "1.0.0.0", references);

    private IReadOnlyList<ReferenceFinding> CheckCrafted(params string[] references) =>
        _check.Check(Craft(references), []).Findings;

    [Test]
    public void The_built_plugin_dll_references_only_what_a_nopCommerce_4_90_3_host_provides()
    {
        // The plugin's own output is what build/package.sh ships; without it, judge the copy next to the tests and count as
        // shipped only what the package would ship from there.
        var pluginOutput = PackagingPaths.PluginOwnOutput;
        var pluginDll = pluginOutput is not null
            ? Path.Combine(pluginOutput, PackagingPaths.PluginProject + ".dll")
            : PackagingPaths.PluginDllInTestOutput;
        var result = pluginOutput is not null
            ? _check.CheckPluginOutput(pluginOutput, Path.GetFileName(pluginDll))
            : _check.Check(pluginDll, PackagingRules.SelectShippedAssemblies(Path.GetDirectoryName(pluginDll)!, Path.GetFileName(pluginDll), _check).Shipped);

        result.Findings.Should().Contain(f => f.ReferencingFile == Path.GetFileName(pluginDll) && f.Name == "Nop.Core",
            "the check must actually read the plugin's references");
        result.Errors.Should().BeEmpty($"{pluginDll} must load on nopCommerce 4.90.3; its references:{Environment.NewLine}{string.Join(Environment.NewLine, result.Findings)}");
    }

    [Test]
    public void CsvHelper_is_shipped_in_the_package_and_the_plugin_binds_to_that_copy()
    {
        // nopCommerce does not load CsvHelper: the stock import's parser must come with the package.
        var pluginOutput = PackagingPaths.PluginOwnOutput ?? Path.GetDirectoryName(PackagingPaths.PluginDllInTestOutput)!;
        var pluginDll = PackagingPaths.PluginProject + ".dll";
        var shipped = PackagingRules.SelectShippedAssemblies(pluginOutput, pluginDll, _check).Shipped;
        shipped.Select(Path.GetFileName).Should().Contain("CsvHelper.dll");

        var result = _check.Check(Path.Combine(pluginOutput, pluginDll), shipped);
        result.Findings.Should().Contain(f => f.ReferencingFile == pluginDll && f.Name == "CsvHelper" && f.Provider == ReferenceProvider.Shipped);
        result.Errors.Should().BeEmpty();
    }

    /// <summary>What the package must ship, and nothing else.</summary>
    public static readonly string[] ShippedThirdPartyDlls =
    [
        "CsvHelper.dll",        // stock import / CSV exports: nopCommerce does not load it
        "HarfBuzzSharp.dll",    // the PDFs' text shaping: managed wrapper of the host's libHarfBuzzSharp 8.3.1.1
        "SkiaSharp.HarfBuzz.dll" // SKShaper: not loaded by the host (SkiaSharp.dll itself is, at 3.119.0)
    ];

    [Test]
    public void The_package_ships_exactly_CsvHelper_and_the_HarfBuzz_wrappers_and_takes_SkiaSharp_from_the_host()
    {
        var pluginOutput = PackagingPaths.PluginOwnOutput;
        Assume.That(pluginOutput, Is.Not.Null, "the plugin project's own output is not there");
        var pluginDll = PackagingPaths.PluginProject + ".dll";

        var selection = PackagingRules.SelectShippedAssemblies(pluginOutput, pluginDll, _check);

        selection.Shipped.Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(ShippedThirdPartyDlls);
        selection.Skipped.Should().Contain(("SkiaSharp.dll", "the nopCommerce host loads it"));
        var result = _check.Check(Path.Combine(pluginOutput, pluginDll), selection.Shipped);
        result.Findings.Should().Contain(f => f.ReferencingFile == pluginDll && f.Name == "SkiaSharp"
                                              && f.Provider == ReferenceProvider.Host && f.Version == new Version(3, 119, 0, 0));
        result.Findings.Should().Contain(f => f.ReferencingFile == pluginDll && f.Name == "SkiaSharp.HarfBuzz" && f.Provider == ReferenceProvider.Shipped);
        result.Errors.Should().BeEmpty();
    }

    [Test]
    public void The_plugin_copy_next_to_the_tests_is_the_same_build_as_the_checked_one()
    {
        // Guards the test above against checking a stale DLL.
        var own = PackagingPaths.PluginOwnOutput;
        Assume.That(own, Is.Not.Null, "the plugin project's own output is not there");
        var inTests = AssemblyReferenceCheck.ReadReferences(PackagingPaths.PluginDllInTestOutput).Select(r => r.FullName).Order();
        var inOwn = AssemblyReferenceCheck.ReadReferences(Path.Combine(own, PackagingPaths.PluginProject + ".dll")).Select(r => r.FullName).Order();
        inTests.Should().Equal(inOwn);
    }

    [TestCase("linq2db, Version=6.5.1.0", "5.4.1.0", ReferenceProvider.Host)]
    [TestCase("FluentMigrator, Version=8.0.1.0", "7.1.0.0", ReferenceProvider.Host)]
    [TestCase("FluentMigrator.Abstractions, Version=8.0.1.0", "7.1.0.0", ReferenceProvider.Host)]
    [TestCase("Autofac, Version=8.4.0.0", "8.1.0.0", ReferenceProvider.Host)]
    [TestCase("Nop.Core, Version=4.90.1.0", "4.90.0.0", ReferenceProvider.Host)]
    [TestCase("Npgsql, Version=10.0.3.0", "9.0.3.0", ReferenceProvider.Host)]
    [TestCase("Microsoft.Extensions.Logging.Abstractions, Version=10.0.0.0", "9.0.0.0", ReferenceProvider.Framework)]
    [TestCase("System.Runtime, Version=10.0.0.0", "9.0.0.0", ReferenceProvider.Framework)]
    [TestCase("Microsoft.AspNetCore.Mvc.Core, Version=10.0.0.0", "9.0.0.0", ReferenceProvider.Framework)]
    public void A_reference_above_the_host_or_framework_version_is_HIGHER(string reference, string available, ReferenceProvider provider)
    {
        var findings = CheckCrafted(reference);

        var finding = findings.Should().ContainSingle().Subject;
        finding.Status.Should().Be(ReferenceStatus.Higher);
        finding.Provider.Should().Be(provider);
        finding.AvailableVersion.Should().Be(Version.Parse(available));
        finding.ToString().Should().StartWith("HIGHER").And.Contain(reference);
    }

    [TestCase("Totally.Unknown.Library, Version=1.0.0.0")]
    [TestCase("CsvHelper, Version=33.0.0.0")] // third-party, not shipped here
    [TestCase("Microsoft.Extensions.Http.Polly, Version=9.0.0.0")] // Microsoft.* but neither host nor shared framework
    [TestCase("System.Linq.Dynamic, Version=1.0.0.0")] // a host/framework-like name that neither has
    public void A_reference_nothing_provides_is_UNKNOWN(string reference)
    {
        var finding = CheckCrafted(reference).Should().ContainSingle().Subject;

        finding.Status.Should().Be(ReferenceStatus.Unknown);
        finding.Provider.Should().Be(ReferenceProvider.None);
        finding.ToString().Should().StartWith("UNKNOWN").And.Contain(reference);
    }

    [TestCase("Nop.Web.Framework, Version=4.90.0.0", ReferenceProvider.Host)]
    [TestCase("linq2db, Version=5.4.1.0", ReferenceProvider.Host)]
    [TestCase("linq2db, Version=5.0.0.0", ReferenceProvider.Host)]
    [TestCase("Newtonsoft.Json, Version=12.0.0.0", ReferenceProvider.Host)]
    [TestCase("Autofac, Version=8.1.0.0", ReferenceProvider.Host)]
    [TestCase("System.Runtime, Version=8.0.0.0", ReferenceProvider.Framework)]
    [TestCase("Microsoft.Extensions.Logging.Abstractions, Version=9.0.0.0", ReferenceProvider.Framework)]
    [TestCase("netstandard, Version=2.1.0.0", ReferenceProvider.Framework)]
    [TestCase("mscorlib, Version=4.0.0.0", ReferenceProvider.Framework)]
    [TestCase("Microsoft.VisualBasic.Core, Version=14.0.0.0", ReferenceProvider.Framework)] // framework assemblies are not all 9.0.0.0
    [TestCase("System.IO.FileSystem.AccessControl, Version=9.0.0.0", ReferenceProvider.Framework)] // host 5.0.0.0, framework's 9.0.0.0 wins
    public void A_reference_at_or_below_what_the_host_has_is_OK(string reference, ReferenceProvider provider)
    {
        var finding = CheckCrafted(reference).Should().ContainSingle().Subject;

        finding.Status.Should().Be(ReferenceStatus.Ok, finding.ToString());
        finding.Provider.Should().Be(provider);
    }

    [Test]
    public void A_shipped_dll_satisfies_references_up_to_its_own_version()
    {
        var thirdParty = TestAssemblies.Write(Path.Combine(_dir, "ThirdParty.dll"), "ThirdParty", "2.1.0.0", "System.Runtime, Version=8.0.0.0");
        var ok = TestAssemblies.Write(Path.Combine(_dir, "Ok.dll"), "Ok", "1.0.0.0", "ThirdParty, Version=2.1.0.0");
        var tooNew = TestAssemblies.Write(Path.Combine(_dir, "TooNew.dll"), "TooNew", "1.0.0.0", "ThirdParty, Version=2.2.0.0");

        _check.Check(ok, [thirdParty]).Errors.Should().BeEmpty();
        _check.Check(ok, [thirdParty]).Findings.Should().Contain(f => f.Name == "ThirdParty" && f.Provider == ReferenceProvider.Shipped);
        var higher = _check.Check(tooNew, [thirdParty]).BadReferences.Should().ContainSingle().Subject;
        higher.Status.Should().Be(ReferenceStatus.Higher);
        higher.Provider.Should().Be(ReferenceProvider.Shipped);
        _check.Check(ok, []).BadReferences.Should().ContainSingle(f => f.Status == ReferenceStatus.Unknown);
    }

    [Test]
    public void The_references_of_shipped_dlls_are_checked_too()
    {
        var thirdParty = TestAssemblies.Write(Path.Combine(_dir, "ThirdParty.dll"), "ThirdParty", "1.0.0.0",
            "Microsoft.Extensions.Logging.Abstractions, Version=10.0.0.0");
        var plugin = TestAssemblies.Write(Path.Combine(_dir, "Plugin.dll"), "Plugin", "1.0.0.0", "ThirdParty, Version=1.0.0.0");

        var bad = _check.Check(plugin, [thirdParty]).BadReferences.Should().ContainSingle().Subject;
        bad.ReferencingFile.Should().Be("ThirdParty.dll");
        bad.Status.Should().Be(ReferenceStatus.Higher);
    }

    [TestCase("Nop.Core", "4.90.0.0")]
    [TestCase("FluentMigrator", "8.0.1.0")]
    [TestCase("linq2db", "6.5.1.0")]
    [TestCase("Microsoft.Extensions.Logging.Abstractions", "9.0.0.0")]
    [TestCase("System.Text.Json", "9.0.0.0")]
    [TestCase("Newtonsoft.Json", "13.0.0.0")]
    [TestCase("netstandard", "2.1.0.0")]
    public void Shipping_a_dll_the_host_provides_is_rejected(string name, string version)
    {
        var hostDll = TestAssemblies.Write(Path.Combine(_dir, name + ".dll"), name, version);
        var plugin = TestAssemblies.Write(Path.Combine(_dir, "Plugin.dll"), "Plugin", "1.0.0.0");

        var result = _check.Check(plugin, [hostDll]);

        result.Success.Should().BeFalse();
        result.FileErrors.Should().ContainSingle().Which.Should().Contain(name + ".dll").And.Contain("must not be shipped");
    }

    [Test]
    public void The_host_list_is_read_from_build_nopsdk()
    {
        var host = HostAssemblyList.Load(PackagingPaths.HostList);

        host.Count.Should().BeGreaterThan(40);
        host.TryGetVersion("Nop.Core", out var nopCore).Should().BeTrue();
        nopCore.Should().Be(new Version(4, 90, 0, 0));
        host.TryGetVersion("linq2db", out var linq2db).Should().BeTrue();
        linq2db.Should().Be(new Version(5, 4, 1, 0));
        host.TryGetVersion("FluentMigrator.Abstractions", out var abstractions).Should().BeTrue();
        abstractions.Should().Be(new Version(7, 1, 0, 0));
        host.Names.Should().NotContain(n => n.StartsWith('#') || n == "name");
    }

    [Test]
    public void The_host_list_parser_skips_comments_and_the_header_and_rejects_garbage()
    {
        var host = HostAssemblyList.Parse(["# comment", "name\tversion\thow", "", "A\t1.2.3.4\tread", "B\t2.0"]);
        host.Count.Should().Be(2);
        host.TryGetVersion("b", out var b).Should().BeTrue();
        b.Should().Be(new Version(2, 0, 0, 0));

        var garbage = () => HostAssemblyList.Parse(["A 1.2.3.4"]);
        garbage.Should().Throw<PackagingException>();
    }

    [Test]
    public void The_framework_list_comes_from_the_9_0_targeting_packs()
    {
        var framework = FrameworkAssemblyList.Embedded();

        framework.Source.Should().Contain("Microsoft.NETCore.App 9.").And.Contain("Microsoft.AspNetCore.App 9.");
        framework.Count.Should().BeGreaterThan(250);
        foreach (var name in new[] { "System.Runtime", "System.Collections", "Microsoft.Extensions.Logging.Abstractions",
                     "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.AspNetCore.Mvc.Core", "Microsoft.AspNetCore.Mvc.ViewFeatures" })
        {
            framework.TryGetVersion(name, out var version).Should().BeTrue(name);
            version.Should().Be(new Version(9, 0, 0, 0), name);
        }

        // Look like framework assemblies by name, but are NuGet packages: a prefix rule would wrongly accept them.
        foreach (var name in new[] { "Microsoft.Extensions.Caching.StackExchangeRedis", "Microsoft.Data.SqlClient", "System.Linq.Async",
                     "Microsoft.AspNetCore.Mvc.NewtonsoftJson", "Microsoft.Extensions.Http.Polly", "System.Drawing.Common" })
            framework.Contains(name).Should().BeFalse(name);
    }

    [Test]
    public void The_embedded_framework_list_matches_the_installed_targeting_packs()
    {
        var installed = FrameworkAssemblyList.FromInstalledTargetingPacks();
        Assume.That(installed, Is.Not.Null, "no 9.0 targeting packs found in the NuGet cache or the dotnet packs folder");

        var embedded = FrameworkAssemblyList.Embedded();
        installed.Names.Should().BeEquivalentTo(embedded.Names);
        foreach (var name in embedded.Names)
        {
            embedded.TryGetVersion(name, out var a);
            installed.TryGetVersion(name, out var b);
            a.Should().Be(b, name);
        }
    }
}
