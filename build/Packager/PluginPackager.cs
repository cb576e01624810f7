using System.IO.Compression;

namespace Backorders.Packager;

public sealed record PackageResult(
    string ZipPath,
    PluginDescriptorFile Descriptor,
    IReadOnlyList<string> Entries,
    CheckResult Check);

/// <summary>
/// Builds the zip that nopCommerce 4.90's Admin → Configuration → Local plugins → "Upload plugin or theme" accepts:
/// exactly one root folder named after plugin.json's SystemName, holding plugin.json, the main DLL (plugin.json's FileName),
/// the logo, Views/** (and Content/** if any), and the third-party DLLs the host does not provide.
/// Never Nop.*, FluentMigrator*, linq2db*, Microsoft.*, System.*, other host assemblies, .pdb or .deps.json files.
/// </summary>
public sealed class PluginPackager
{
    private readonly AssemblyReferenceCheck _check;
    private readonly TextWriter _log;

    public PluginPackager(AssemblyReferenceCheck check, TextWriter? log = null)
    {
        _check = check;
        _log = log ?? TextWriter.Null;
    }

    /// <summary>Validates plugin.json and the output's assembly references, then writes the zip; throws <see cref="PackagingException"/> on any problem.</summary>
    public PackageResult Package(string pluginOutputDirectory, string zipPath)
    {
        pluginOutputDirectory = Path.GetFullPath(pluginOutputDirectory);
        zipPath = Path.GetFullPath(zipPath);

        // Never leave an older package behind that looks like the result of this run.
        if (File.Exists(zipPath))
            File.Delete(zipPath);

        if (!Directory.Exists(pluginOutputDirectory))
            throw new PackagingException($"Plugin build output not found: {pluginOutputDirectory} (build the plugin first: dotnet build Nop.Plugin.Inventory.Backorders -c Release)");

        _log.WriteLine($"Plugin output: {pluginOutputDirectory}");

        // 1. plugin.json
        var descriptor = PluginDescriptorFile.Load(Path.Combine(pluginOutputDirectory, "plugin.json"));
        var descriptorErrors = descriptor.Validate(pluginOutputDirectory);
        if (descriptorErrors.Count > 0)
            throw new PackagingException($"plugin.json is not valid ({descriptorErrors.Count} problem(s)):", descriptorErrors);
        var mainFileName = descriptor.FileName!;
        _log.WriteLine($"plugin.json: SystemName={descriptor.SystemName}, Version={descriptor.Version}, SupportedVersions=[{string.Join(", ", descriptor.SupportedVersions)}], FileName={mainFileName}");

        // 2. binary compatibility, before anything is written
        var selection = PackagingRules.SelectShippedAssemblies(pluginOutputDirectory, mainFileName, _check);
        foreach (var (file, reason) in selection.Skipped)
            _log.WriteLine($"not shipped: {file} ({reason})");

        var check = _check.Check(Path.Combine(pluginOutputDirectory, mainFileName), selection.Shipped);
        _log.WriteLine($"Assembly references (host list: {_check.Host.Source}; framework: {_check.Framework.Source}):");
        foreach (var finding in check.Findings)
            _log.WriteLine("  " + finding);
        if (!check.Success)
        {
            throw new PackagingException(
                $"Binary compatibility check FAILED: {check.Errors.Count} problem(s); the plugin would not load on nopCommerce 4.90.3:",
                check.Errors);
        }
        _log.WriteLine($"Binary compatibility check passed: {check.Findings.Count} reference(s) in {1 + selection.Shipped.Count} DLL(s).");

        // 3. the zip
        var root = descriptor.SystemName!;
        var files = new List<(string Entry, string Source)>
        {
            ($"{root}/plugin.json", Path.Combine(pluginOutputDirectory, "plugin.json")),
            ($"{root}/{mainFileName}", Path.Combine(pluginOutputDirectory, mainFileName)),
        };

        var logo = PackagingRules.LogoFileNames.FirstOrDefault(name => File.Exists(Path.Combine(pluginOutputDirectory, name)));
        if (logo is not null)
            files.Add(($"{root}/{logo}", Path.Combine(pluginOutputDirectory, logo)));
        else
            _log.WriteLine("warning: no logo.png in the plugin output; nopCommerce shows a default logo");

        files.AddRange(selection.Shipped.Select(path => ($"{root}/{Path.GetFileName(path)}", path)));

        foreach (var folder in PackagingRules.ContentFolders)
        {
            var dir = Path.Combine(pluginOutputDirectory, folder);
            if (!Directory.Exists(dir))
                continue;
            foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(pluginOutputDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
                files.Add(($"{root}/{relative}", path));
            }
        }

        if (!files.Any(f => f.Entry.StartsWith($"{root}/Views/", StringComparison.Ordinal)))
            _log.WriteLine("warning: no Views/ in the plugin output");

        var leftOut = Directory.EnumerateFiles(pluginOutputDirectory)
            .Select(Path.GetFileName)
            .Where(name => !files.Any(f => f.Entry == $"{root}/{name}") && !selection.Skipped.Any(s => s.File == name))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (leftOut.Count > 0)
            _log.WriteLine($"not shipped: {string.Join(", ", leftOut)}");

        // Directory entries too: nopCommerce 4.90 takes the root folder from the entries' first path segment, older versions
        // looked for a "<root>/" directory entry; both find exactly one root.
        var directories = files
            .SelectMany(f => ParentDirectories(f.Entry))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        var entries = new List<string>();
        Directory.CreateDirectory(Path.GetDirectoryName(zipPath)!);
        var tempPath = zipPath + ".tmp";
        try
        {
            using (var zip = ZipFile.Open(tempPath, ZipArchiveMode.Create))
            {
                foreach (var directory in directories)
                {
                    zip.CreateEntry(directory);
                    entries.Add(directory);
                }

                foreach (var (entry, source) in files.OrderBy(f => f.Entry, StringComparer.Ordinal))
                {
                    zip.CreateEntryFromFile(source, entry, CompressionLevel.Optimal);
                    entries.Add(entry);
                }
            }

            File.Move(tempPath, zipPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(tempPath))
                File.Delete(tempPath);
        }

        _log.WriteLine($"Wrote {zipPath}:");
        foreach (var entry in entries)
            _log.WriteLine("  " + entry);

        return new PackageResult(zipPath, descriptor, entries, check);
    }

    private static IEnumerable<string> ParentDirectories(string entry)
    {
        var index = entry.IndexOf('/');
        while (index >= 0)
        {
            yield return entry[..(index + 1)];
            index = entry.IndexOf('/', index + 1);
        }
    }
}
