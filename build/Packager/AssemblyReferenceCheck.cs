using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Backorders.Packager;

public enum ReferenceStatus
{
    /// <summary>Resolves on the host at this version or higher.</summary>
    Ok,
    /// <summary>The assembly is available, but at a lower version than referenced: .NET never binds a reference to an older assembly.</summary>
    Higher,
    /// <summary>Neither the host, the shared framework nor the package provides the assembly.</summary>
    Unknown,
}

public enum ReferenceProvider
{
    None,
    /// <summary>nopCommerce 4.90.3 loads it (build/nopsdk/host-assemblies.tsv).</summary>
    Host,
    /// <summary>Part of the .NET 9 / ASP.NET Core 9 shared framework.</summary>
    Framework,
    /// <summary>A DLL shipped in the plugin package.</summary>
    Shipped,
}

/// <summary>One assembly reference of one DLL, classified.</summary>
public sealed record ReferenceFinding(
    string ReferencingFile,
    string Name,
    Version Version,
    ReferenceStatus Status,
    ReferenceProvider Provider,
    Version? AvailableVersion)
{
    public bool IsError => Status != ReferenceStatus.Ok;

    public override string ToString() => Status switch
    {
        ReferenceStatus.Ok => $"OK       {ReferencingFile} -> {Name}, Version={Version} ({ProviderText} has {AvailableVersion})",
        ReferenceStatus.Higher => $"HIGHER   {ReferencingFile} -> {Name}, Version={Version}: the {ProviderText} has only {AvailableVersion}, and .NET never binds a reference to an older assembly. Compile against {Name} <= {AvailableVersion}, or stop using it.",
        _ => $"UNKNOWN  {ReferencingFile} -> {Name}, Version={Version}: neither the nopCommerce 4.90.3 host, the .NET 9 / ASP.NET Core 9 shared framework nor the package provides it." +
             (PackagingRules.HasHostPrefix(Name) ? $" ({Name}.dll is never shipped: its name is reserved for host and framework assemblies.)" : ""),
    };

    private string ProviderText => Provider switch
    {
        ReferenceProvider.Host => "nopCommerce 4.90.3 host",
        ReferenceProvider.Framework => ".NET 9 / ASP.NET Core 9 shared framework",
        ReferenceProvider.Shipped => "package's own copy",
        _ => "?",
    };
}

public sealed class CheckResult
{
    public CheckResult(IReadOnlyList<ReferenceFinding> findings, IReadOnlyList<string> fileErrors)
    {
        Findings = findings;
        FileErrors = fileErrors;
    }

    /// <summary>Every reference of every checked DLL.</summary>
    public IReadOnlyList<ReferenceFinding> Findings { get; }

    /// <summary>Problems with the shipped files themselves (a file the host provides, a DLL that is not a .NET assembly).</summary>
    public IReadOnlyList<string> FileErrors { get; }

    public IEnumerable<ReferenceFinding> BadReferences => Findings.Where(f => f.IsError);

    public IReadOnlyList<string> Errors => FileErrors.Concat(BadReferences.Select(f => f.ToString())).ToList();

    public bool Success => Errors.Count == 0;
}

/// <summary>
/// Checks that a plugin's assembly references all resolve on a nopCommerce 4.90.3 host: each must be a host assembly
/// (at most the host's AssemblyVersion), a shared-framework assembly (at most the 9.0 reference assembly's version),
/// or a DLL shipped in the package (at most that file's AssemblyVersion).
/// </summary>
public sealed class AssemblyReferenceCheck
{
    public AssemblyReferenceCheck(HostAssemblyList host, FrameworkAssemblyList framework)
    {
        Host = host;
        Framework = framework;
    }

    public HostAssemblyList Host { get; }

    public FrameworkAssemblyList Framework { get; }

    /// <summary>The host list at <paramref name="hostListPath"/> and the shared-framework list embedded at build time.</summary>
    public static AssemblyReferenceCheck Create(string hostListPath) =>
        new(HostAssemblyList.Load(hostListPath), FrameworkAssemblyList.Embedded());

    /// <summary>The assembly references in a DLL's metadata (nothing is loaded).</summary>
    public static IReadOnlyList<AssemblyName> ReadReferences(string assemblyPath)
    {
        using var pe = OpenPe(assemblyPath);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h).GetAssemblyName()).ToList();
    }

    /// <summary>A DLL's own assembly identity (name, AssemblyVersion).</summary>
    public static AssemblyName ReadIdentity(string assemblyPath)
    {
        using var pe = OpenPe(assemblyPath);
        var metadata = pe.GetMetadataReader();
        if (!metadata.IsAssembly)
            throw new PackagingException($"{assemblyPath} is a module, not an assembly");
        return metadata.GetAssemblyDefinition().GetAssemblyName();
    }

    /// <summary>True for a .NET assembly (false for a native DLL or anything else).</summary>
    public static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            return pe.HasMetadata && pe.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static PEReader OpenPe(string path)
    {
        var pe = new PEReader(File.OpenRead(path));
        try
        {
            if (!pe.HasMetadata)
                throw new PackagingException($"{path} is not a .NET assembly");
            return pe;
        }
        catch (BadImageFormatException e)
        {
            pe.Dispose();
            throw new PackagingException($"{path} is not a .NET assembly: {e.Message}");
        }
        catch
        {
            pe.Dispose();
            throw;
        }
    }

    /// <summary>
    /// True when the host or the shared framework provides an assembly of this name (or the name is reserved for them:
    /// Nop.*, FluentMigrator*, linq2db*, Microsoft.*, System.*); such a DLL must never be shipped in the package.
    /// </summary>
    public bool IsHostProvided(string assemblyName) =>
        PackagingRules.HasHostPrefix(assemblyName) || Host.Contains(assemblyName) || Framework.Contains(assemblyName);

    /// <summary>Classifies one reference against the host, the framework and the shipped DLLs (name -> AssemblyVersion).</summary>
    public ReferenceFinding Classify(string referencingFile, AssemblyName reference, IReadOnlyDictionary<string, Version> shipped)
    {
        var name = reference.Name ?? "";
        var version = AssemblyVersionList.Normalize(reference.Version);

        Version? available = null;
        var provider = ReferenceProvider.None;
        if (Host.TryGetVersion(name, out var hostVersion))
            (available, provider) = (hostVersion, ReferenceProvider.Host);
        // An assembly both lists have (e.g. System.IO.FileSystem.AccessControl) resolves to the higher one: the framework's wins.
        if (Framework.TryGetVersion(name, out var frameworkVersion) && (available is null || frameworkVersion > available))
            (available, provider) = (frameworkVersion, ReferenceProvider.Framework);
        if (available is null && shipped.TryGetValue(name, out var shippedVersion))
            (available, provider) = (shippedVersion, ReferenceProvider.Shipped);

        var status = available is null ? ReferenceStatus.Unknown
            : version <= available ? ReferenceStatus.Ok
            : ReferenceStatus.Higher;
        return new ReferenceFinding(referencingFile, name, version, status, provider, available);
    }

    /// <summary>
    /// Checks the references of the main plugin DLL and of every DLL shipped beside it, and that no shipped DLL is one the
    /// host already provides (nopCommerce would skip it, and code compiled against it would bind to the host's version).
    /// </summary>
    public CheckResult Check(string mainAssemblyPath, IEnumerable<string> shippedAssemblyPaths)
    {
        var fileErrors = new List<string>();
        var shipped = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        var shippedPaths = new List<string>();
        foreach (var path in shippedAssemblyPaths)
        {
            var fileName = Path.GetFileName(path);
            if (!IsManagedAssembly(path))
            {
                fileErrors.Add($"NOT-.NET {fileName}: not a .NET assembly, but nopCommerce loads every DLL at the top of the plugin folder");
                continue;
            }

            var identity = ReadIdentity(path);
            if (IsHostProvided(Path.GetFileNameWithoutExtension(path)) || IsHostProvided(identity.Name!))
            {
                fileErrors.Add($"HOST-DLL {fileName} ({AssemblyVersionList.Describe(identity)}) must not be shipped: the nopCommerce host or the shared framework provides {identity.Name}");
                continue;
            }

            shipped[identity.Name!] = AssemblyVersionList.Normalize(identity.Version);
            shippedPaths.Add(path);
        }

        var findings = new List<ReferenceFinding>();
        foreach (var path in shippedPaths.Prepend(mainAssemblyPath))
        {
            var file = Path.GetFileName(path);
            findings.AddRange(ReadReferences(path).Select(reference => Classify(file, reference, shipped)));
        }

        return new CheckResult(findings, fileErrors);
    }

    /// <summary>Checks a plugin's build output folder: its main DLL and the DLLs the package would ship from it.</summary>
    public CheckResult CheckPluginOutput(string pluginOutputDirectory, string mainFileName)
    {
        var selection = PackagingRules.SelectShippedAssemblies(pluginOutputDirectory, mainFileName, this);
        return Check(Path.Combine(pluginOutputDirectory, mainFileName), selection.Shipped);
    }
}
