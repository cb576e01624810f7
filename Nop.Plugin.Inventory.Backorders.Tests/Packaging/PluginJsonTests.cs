using System.Text.Json;
using Backorders.Packager;

namespace Nop.Plugin.Inventory.Backorders.Tests.Packaging;

/// <summary>The repository's plugin.json, which the build copies into the plugin output and the package.</summary>
public class PluginJsonTests
{
    [Test]
    public void Plugin_json_is_valid_json_with_every_key_nopCommerce_reads()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PackagingPaths.RootPluginJson));
        var root = document.RootElement;

        foreach (var key in new[] { "Group", "FriendlyName", "SystemName", "Version", "Author", "FileName", "Description" })
        {
            root.TryGetProperty(key, out var value).Should().BeTrue(key);
            value.ValueKind.Should().Be(JsonValueKind.String, key);
            value.GetString().Should().NotBeNullOrWhiteSpace(key);
        }
        root.GetProperty("DisplayOrder").ValueKind.Should().Be(JsonValueKind.Number);
        root.GetProperty("SupportedVersions").EnumerateArray().Select(v => v.GetString()).Should().Contain("4.90");
    }

    [Test]
    public void Plugin_json_passes_the_packagers_validation_and_matches_the_plugin_assembly()
    {
        var descriptor = PluginDescriptorFile.Load(PackagingPaths.RootPluginJson);

        descriptor.Validate(Path.GetDirectoryName(PackagingPaths.PluginDllInTestOutput)).Should().BeEmpty();
        descriptor.FileName.Should().Be(Path.GetFileName(typeof(BackordersPlugin).Assembly.Location));
        descriptor.FileName.Should().Be(typeof(BackordersPlugin).Assembly.GetName().Name + ".dll");
    }

    [Test]
    public void The_SystemName_is_the_folder_the_code_expects()
    {
        // nopCommerce names the plugin folder after the package's root folder, the SystemName; views are found by that path.
        var descriptor = PluginDescriptorFile.Load(PackagingPaths.RootPluginJson);

        descriptor.SystemName.Should().Be(BackordersDefaults.SystemName);
        BackordersDefaults.ViewsPath.Should().StartWith($"~/Plugins/{descriptor.SystemName}/");
    }
}
