using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Nop.Plugin.Inventory.Backorders.Tests.Packaging;

/// <summary>
/// Writes tiny but real .NET assemblies (metadata only, no code) with a chosen identity and chosen assembly references,
/// the way a compiler would record them: one AssemblyRef plus a TypeRef into it per reference.
/// </summary>
internal static class TestAssemblies
{
    public static string Write(string path, string name, string version, params string[] references)
    {
        var metadata = new MetadataBuilder();
        metadata.AddModule(0, metadata.GetOrAddString(Path.GetFileName(path)), metadata.GetOrAddGuid(Guid.NewGuid()), default, default);
        metadata.AddAssembly(metadata.GetOrAddString(name), Version.Parse(version), default, default, 0, AssemblyHashAlgorithm.Sha1);

        foreach (var reference in references)
        {
            // "Name, Version=1.2.3.4"
            var parsed = new AssemblyName(reference);
            var handle = metadata.AddAssemblyReference(metadata.GetOrAddString(parsed.Name!), parsed.Version ?? new Version(0, 0, 0, 0),
                default, default, 0, default);
            metadata.AddTypeReference(handle, metadata.GetOrAddString(parsed.Name!), metadata.GetOrAddString("SomeType"));
        }

        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default,
            MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));

        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), new BlobBuilder());
        var image = new BlobBuilder();
        pe.Serialize(image);

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        image.WriteContentTo(file);
        return path;
    }
}
