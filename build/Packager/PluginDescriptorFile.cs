using System.Text.Json;

namespace Backorders.Packager;

/// <summary>
/// plugin.json as nopCommerce reads it (PluginDescriptor.GetPluginDescriptorFromText, Newtonsoft: property names are
/// case-insensitive, comments and trailing commas are tolerated).
/// </summary>
public sealed class PluginDescriptorFile
{
    /// <summary>The nopCommerce version SupportedVersions must contain (the upload code uses a plain Contains).</summary>
    public const string NopVersion = "4.90";

    public string Path { get; private init; } = "";
    public string? Group { get; private init; }
    public string? FriendlyName { get; private init; }
    public string? SystemName { get; private init; }
    public string? Version { get; private init; }
    public IReadOnlyList<string> SupportedVersions { get; private init; } = [];
    public string? Author { get; private init; }
    public int? DisplayOrder { get; private init; }
    public string? FileName { get; private init; }
    public string? Description { get; private init; }

    /// <summary>Problems found while reading (wrong JSON types); <see cref="Validate"/> includes them.</summary>
    private List<string> ReadErrors { get; } = [];

    public static PluginDescriptorFile Load(string path)
    {
        if (!File.Exists(path))
            throw new PackagingException($"plugin.json not found: {path}");
        return Parse(File.ReadAllText(path), path);
    }

    public static PluginDescriptorFile Parse(string json, string path = "plugin.json")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new PackagingException($"{path} is not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new PackagingException($"{path}: the root must be a JSON object");

            var errors = new List<string>();
            var properties = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
                properties[property.Name] = property.Value.Clone();

            string? Text(string key)
            {
                if (!properties.TryGetValue(key, out var value) || value.ValueKind == JsonValueKind.Null)
                    return null;
                if (value.ValueKind == JsonValueKind.String)
                    return value.GetString();
                errors.Add($"{key} must be a string, not {value.ValueKind}");
                return null;
            }

            int? Number(string key)
            {
                if (!properties.TryGetValue(key, out var value) || value.ValueKind == JsonValueKind.Null)
                    return null;
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
                    return number;
                errors.Add($"{key} must be an integer, not {value}");
                return null;
            }

            List<string> Strings(string key)
            {
                if (!properties.TryGetValue(key, out var value) || value.ValueKind == JsonValueKind.Null)
                    return [];
                if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    errors.Add($"{key} must be an array of strings");
                    return [];
                }
                return value.EnumerateArray().Select(v => v.GetString()!).ToList();
            }

            var descriptor = new PluginDescriptorFile
            {
                Path = path,
                Group = Text("Group"),
                FriendlyName = Text("FriendlyName"),
                SystemName = Text("SystemName"),
                Version = Text("Version"),
                SupportedVersions = Strings("SupportedVersions"),
                Author = Text("Author"),
                DisplayOrder = Number("DisplayOrder"),
                FileName = Text("FileName"),
                Description = Text("Description"),
            };
            descriptor.ReadErrors.AddRange(errors);
            return descriptor;
        }
    }

    /// <summary>
    /// What nopCommerce needs to accept and load the plugin. With <paramref name="pluginDirectory"/>, FileName must also name a DLL
    /// present there. Returns one message per problem; empty when valid.
    /// </summary>
    public IReadOnlyList<string> Validate(string? pluginDirectory = null)
    {
        var errors = ReadErrors.Select(e => $"{Path}: {e}").ToList();

        if (string.IsNullOrWhiteSpace(SystemName))
            errors.Add($"{Path}: SystemName is missing or empty");
        else if (SystemName.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) >= 0 || SystemName != SystemName.Trim()
                 || SystemName is "." or "..")
            errors.Add($"{Path}: SystemName \"{SystemName}\" cannot be a folder name (nopCommerce names the plugin folder after it)");

        if (string.IsNullOrWhiteSpace(FriendlyName))
            errors.Add($"{Path}: FriendlyName is missing or empty");

        if (!SupportedVersions.Contains(NopVersion))
            errors.Add($"{Path}: SupportedVersions [{string.Join(", ", SupportedVersions.Select(v => $"\"{v}\""))}] does not contain \"{NopVersion}\": nopCommerce {NopVersion} refuses the upload");

        if (string.IsNullOrWhiteSpace(FileName))
            errors.Add($"{Path}: FileName is missing or empty");
        else if (System.IO.Path.GetFileName(FileName) != FileName || !FileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            errors.Add($"{Path}: FileName \"{FileName}\" must be the main DLL's file name, e.g. Nop.Plugin.Group.Name.dll");
        else if (pluginDirectory is not null)
        {
            var present = Directory.Exists(pluginDirectory)
                ? Directory.EnumerateFiles(pluginDirectory, "*.dll").Select(System.IO.Path.GetFileName).ToList()
                : [];
            // nopCommerce compares the file name exactly (MainAssemblyNotFound otherwise); Linux file systems are case-sensitive too.
            if (!present.Contains(FileName, StringComparer.Ordinal))
                errors.Add($"{Path}: FileName \"{FileName}\" is not in {pluginDirectory}" +
                           (present.Count > 0 ? $" (DLLs there: {string.Join(", ", present.Order())})" : ""));
        }

        if (Version is not null && !System.Version.TryParse(Version, out _))
            errors.Add($"{Path}: Version \"{Version}\" is not a version number");

        return errors;
    }
}
