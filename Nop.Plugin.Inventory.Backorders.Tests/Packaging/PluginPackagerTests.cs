using System.IO.Compression;
using System.Text.Json;
using Backorders.Packager;

namespace Nop.Plugin.Inventory.Backorders.Tests.Packaging;

/// <summary>The zip nopCommerce 4.90's "Upload plugin or theme" accepts, built from a plugin's output folder.</summary>
public class PluginPackagerTests
{
    private const string SystemName = "Inventory.Backorders";
    private const string MainDll = "Nop.Plugin.Inventory.Backorders.dll";

    private static readonly string[] ForbiddenPrefixes = ["Nop.Core", "Nop.Data", "Nop.Services", "Nop.Web", "FluentMigrator", "linq2db", "Microsoft.", "System."];

    private AssemblyReferenceCheck _check;
    private string _dir;
    private string _output;
    private string _zip;
    private StringWriter _log;

    [OneTimeSetUp]
    public void LoadLists() => _check = AssemblyReferenceCheck.Create(PackagingPaths.HostList);

    [SetUp]
    public void SetUp()
    {
        _dir = Directory.CreateTempSubdirectory("backorders-packager-").FullName;
        _output = Path.Combine(_dir, "bin", "Release", "net9.0");
        _zip = Path.Combine(_dir, "artifacts", SystemName + ".zip");
        _log = new StringWriter();
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static string PluginJson(string systemName = SystemName, string supportedVersions = "[ \"4.90\" ]", string fileName = MainDll) => $$"""
        {
          "Group": "Inventory",
          "FriendlyName": "Backorders",
          "SystemName": "{{systemName}}",
          "Version": "1.0.0",
          "SupportedVersions": {{supportedVersions}},
          "Author": "test",
          "DisplayOrder": 1,
          "FileName": "{{fileName}}",
          "Description": "test"
        }
        """;

    /// <summary>What a plugin build output with a third-party package looks like: host DLLs copied along, symbols, deps file, natives.</summary>
    private void WriteSyntheticOutput(params string[] extraPluginReferences)
    {
        Directory.CreateDirectory(_output);
        File.WriteAllText(Path.Combine(_output, "plugin.json"), PluginJson());
        File.WriteAllBytes(Path.Combine(_output, "logo.png"), [0x89, 0x50, 0x4E, 0x47]);
        Directory.CreateDirectory(Path.Combine(_output, "Views", "Admin"));
        File.WriteAllText(Path.Combine(_output, "Views", "_ViewImports.cshtml"), "@inherits Nop.Web.Framework.Mvc.Razor.NopRazorPage<TModel>");
        File.WriteAllText(Path.Combine(_output, "Views", "Configure.cshtml"), "<p>configure</p>");
        File.WriteAllText(Path.Combine(_output, "Views", "Admin", "List.cshtml"), "<p>list</p>");

        TestAssemblies.Write(Path.Combine(_output, MainDll), "Nop.Plugin.Inventory.Backorders", "1.0.0.0",
            ["System.Runtime, Version=9.0.0.0", "Nop.Core, Version=4.90.0.0", "Nop.Services, Version=4.90.0.0",
             "FluentMigrator, Version=7.1.0.0", "Microsoft.AspNetCore.Mvc.Core, Version=9.0.0.0", "ThirdParty.Csv, Version=33.0.0.0",
             .. extraPluginReferences]);
        TestAssemblies.Write(Path.Combine(_output, "ThirdParty.Csv.dll"), "ThirdParty.Csv", "33.0.0.0", "System.Runtime, Version=8.0.0.0");

        // Copied along by CopyLocalLockFileAssemblies; the host has them all.
        TestAssemblies.Write(Path.Combine(_output, "Nop.Core.dll"), "Nop.Core", "4.90.0.0");
        TestAssemblies.Write(Path.Combine(_output, "FluentMigrator.dll"), "FluentMigrator", "8.0.1.0");
        TestAssemblies.Write(Path.Combine(_output, "linq2db.dll"), "linq2db", "6.5.1.0");
        TestAssemblies.Write(Path.Combine(_output, "Microsoft.Extensions.Logging.Abstractions.dll"), "Microsoft.Extensions.Logging.Abstractions", "10.0.0.0");
        TestAssemblies.Write(Path.Combine(_output, "System.Text.Json.dll"), "System.Text.Json", "10.0.0.0");
        TestAssemblies.Write(Path.Combine(_output, "Newtonsoft.Json.dll"), "Newtonsoft.Json", "13.0.0.0");

        File.WriteAllText(Path.Combine(_output, "Nop.Plugin.Inventory.Backorders.pdb"), "symbols");
        File.WriteAllText(Path.Combine(_output, "Nop.Plugin.Inventory.Backorders.deps.json"), "{}");
        Directory.CreateDirectory(Path.Combine(_output, "runtimes", "linux-x64", "native"));
        File.WriteAllText(Path.Combine(_output, "runtimes", "linux-x64", "native", "libnative.so"), "native");
        TestAssemblies.Write(Path.Combine(_output, "de", "ThirdParty.Csv.resources.dll"), "ThirdParty.Csv.resources", "33.0.0.0");
    }

    private static List<string> EntriesOf(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    private static string Read(string zip, string entry)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    [Test]
    public void The_package_has_one_root_folder_named_after_the_SystemName_with_plugin_json_dll_logo_views_and_third_party_dlls()
    {
        WriteSyntheticOutput();

        var result = new PluginPackager(_check, _log).Package(_output, _zip);

        var entries = EntriesOf(_zip);
        entries.Should().BeEquivalentTo(result.Entries);
        // nopCommerce 4.90 takes the root from each entry's first segment; older versions look for a "<root>/" directory entry.
        entries.Select(e => e.Split('/')[0]).Distinct().Should().Equal(SystemName);
        entries.Where(e => e.Count(c => c == '/') == 1 && e.EndsWith('/')).Should().Equal($"{SystemName}/");
        entries.Should().OnlyContain(e => !e.Contains('\\'));

        var files = entries.Where(e => !e.EndsWith('/')).Select(e => e[(SystemName.Length + 1)..]).ToList();
        files.Should().BeEquivalentTo(
            "plugin.json", MainDll, "logo.png", "ThirdParty.Csv.dll",
            "Views/_ViewImports.cshtml", "Views/Configure.cshtml", "Views/Admin/List.cshtml");
        files.Should().NotContain(f => ForbiddenPrefixes.Any(p => f.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        files.Should().NotContain(f => f.EndsWith(".pdb") || f.EndsWith(".deps.json") || f.StartsWith("runtimes/") || f.StartsWith("de/"));

        var descriptor = PluginDescriptorFile.Parse(Read(_zip, $"{SystemName}/plugin.json"));
        descriptor.Validate().Should().BeEmpty();
        descriptor.SystemName.Should().Be(SystemName);
        descriptor.SupportedVersions.Should().Contain("4.90");
        descriptor.FileName.Should().Be(MainDll);

        var log = _log.ToString();
        foreach (var entry in entries)
            log.Should().Contain(entry, "every written entry is printed");
        log.Should().Contain("not shipped: Nop.Core.dll").And.Contain("not shipped: linq2db.dll");
    }

    [Test]
    public void The_real_plugin_output_packages()
    {
        var source = PackagingPaths.PluginOwnOutput;
        Assume.That(source, Is.Not.Null, "the plugin project's own output is not there");
        CopyDirectory(source, _output);

        new PluginPackager(_check, _log).Package(_output, _zip);

        var entries = EntriesOf(_zip);
        entries.Select(e => e.Split('/')[0]).Distinct().Should().Equal(SystemName);
        entries.Should().Contain([$"{SystemName}/plugin.json", $"{SystemName}/{MainDll}", $"{SystemName}/logo.png"]);
        entries.Should().Contain(e => e.StartsWith($"{SystemName}/Views/") && e.EndsWith(".cshtml"));
        entries.Should().Contain($"{SystemName}/Views/_ViewImports.cshtml");
        var files = entries.Select(e => e[(SystemName.Length + 1)..]).ToList();
        files.Should().NotContain(f => ForbiddenPrefixes.Any(p => f.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        files.Should().NotContain(f => f.EndsWith(".pdb") || f.EndsWith(".deps.json"));
        // Every DLL at the top other than the plugin's own is a third-party DLL the host lacks.
        foreach (var dll in files.Where(f => f.EndsWith(".dll") && f != MainDll))
        {
            dll.Should().NotContain("/");
            _check.IsHostProvided(Path.GetFileNameWithoutExtension(dll)).Should().BeFalse(dll);
        }
    }

    [TestCase("linq2db, Version=6.5.1.0", "HIGHER")]
    [TestCase("Microsoft.Extensions.Logging.Abstractions, Version=10.0.0.0", "HIGHER")]
    [TestCase("ThirdParty.Csv, Version=34.0.0.0", "HIGHER")]
    [TestCase("Not.Shipped.Anywhere, Version=1.0.0.0", "UNKNOWN")]
    public void A_bad_reference_fails_the_packaging_naming_it_and_writes_no_zip(string reference, string status)
    {
        WriteSyntheticOutput(reference);
        Directory.CreateDirectory(Path.GetDirectoryName(_zip)!);
        File.WriteAllText(_zip, "a package from an earlier run");

        var package = () => new PluginPackager(_check, _log).Package(_output, _zip);

        var error = package.Should().Throw<PackagingException>().Which;
        error.Message.Should().Contain("Binary compatibility check FAILED");
        error.Errors.Should().ContainSingle().Which.Should().StartWith(status).And.Contain(reference);
        File.Exists(_zip).Should().BeFalse("a failed run must not leave a package behind");
    }

    [Test]
    public void Plugin_json_without_4_90_or_with_a_wrong_FileName_or_without_SystemName_fails()
    {
        WriteSyntheticOutput();
        var package = () => new PluginPackager(_check, _log).Package(_output, _zip);

        File.WriteAllText(Path.Combine(_output, "plugin.json"), PluginJson(supportedVersions: "[ \"4.80\" ]"));
        package.Should().Throw<PackagingException>().Which.Errors.Should().ContainSingle(e => e.Contains("SupportedVersions") && e.Contains("4.90"));

        File.WriteAllText(Path.Combine(_output, "plugin.json"), PluginJson(fileName: "Nop.Plugin.Misc.Other.dll"));
        package.Should().Throw<PackagingException>().Which.Errors.Should().ContainSingle(e => e.Contains("Nop.Plugin.Misc.Other.dll"));

        File.WriteAllText(Path.Combine(_output, "plugin.json"), PluginJson(systemName: ""));
        package.Should().Throw<PackagingException>().Which.Errors.Should().ContainSingle(e => e.Contains("SystemName"));

        File.WriteAllText(Path.Combine(_output, "plugin.json"), "{ not json");
        package.Should().Throw<PackagingException>().WithMessage("*not valid JSON*");

        File.Exists(_zip).Should().BeFalse();
    }

    [Test]
    public void The_command_line_exits_non_zero_and_names_the_bad_reference()
    {
        WriteSyntheticOutput("linq2db, Version=6.5.1.0");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = PackagerCommand.Run(["--plugin-output", _output, "--out", _zip, "--host", PackagingPaths.HostList], stdout, stderr);

        exitCode.Should().Be(1);
        stderr.ToString().Should().Contain("PACKAGING FAILED").And.Contain("HIGHER").And.Contain("linq2db, Version=6.5.1.0");
        File.Exists(_zip).Should().BeFalse();
    }

    [Test]
    public void The_command_line_writes_the_package_and_rejects_unknown_arguments()
    {
        WriteSyntheticOutput();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        PackagerCommand.Run(["--plugin-output", _output, "--out", _zip, "--host", PackagingPaths.HostList], stdout, stderr)
            .Should().Be(0, stderr.ToString());
        File.Exists(_zip).Should().BeTrue();
        stdout.ToString().Should().Contain($"{SystemName}/{MainDll}");

        PackagerCommand.Run(["--bogus"], stdout, stderr).Should().Be(2);
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
