using Backorders.Packager;

return PackagerCommand.Run(args, Console.Out, Console.Error);

namespace Backorders.Packager
{
    /// <summary>The command line: see <see cref="Usage"/>.</summary>
    public static class PackagerCommand
    {
        public const string Usage = """
            Usage: dotnet run --project build/Packager -- [options]

              --plugin-output <dir>    the plugin's build output (default: Nop.Plugin.Inventory.Backorders/bin/Release/net9.0)
              --out <zip>              the package to write (default: artifacts/<SystemName>.zip)
              --host <tsv>             assemblies the nopCommerce host loads (default: build/nopsdk/host-assemblies.tsv)
              --framework-pack <dir>   read the shared-framework list from this targeting pack instead of the list embedded at
                                       build time (repeat for Microsoft.NETCore.App.Ref and Microsoft.AspNetCore.App.Ref)
              --check-only             only run the binary compatibility check, write nothing
              -h, --help               this text

            Relative defaults are taken from the repository root (the folder holding build/nopsdk/host-assemblies.tsv, found
            upwards from the current directory). Exit code: 0 success, 1 check or packaging failed, 2 bad arguments.
            """;

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            string? pluginOutput = null, zip = null, host = null;
            var frameworkPacks = new List<string>();
            var checkOnly = false;

            for (var i = 0; i < args.Length; i++)
            {
                string Value()
                {
                    if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                        throw new ArgumentException($"{args[i]} needs a value");
                    return args[++i];
                }

                try
                {
                    switch (args[i])
                    {
                        case "--plugin-output": pluginOutput = Value(); break;
                        case "--out": zip = Value(); break;
                        case "--host": host = Value(); break;
                        case "--framework-pack": frameworkPacks.Add(Value()); break;
                        case "--check-only": checkOnly = true; break;
                        case "-h" or "--help" or "-?":
                            stdout.WriteLine(Usage);
                            return 0;
                        default:
                            throw new ArgumentException($"unknown argument: {args[i]}");
                    }
                }
                catch (ArgumentException e)
                {
                    stderr.WriteLine($"error: {e.Message}");
                    stderr.WriteLine(Usage);
                    return 2;
                }
            }

            try
            {
                var repoRoot = FindRepositoryRoot();
                string FromRoot(string relative) =>
                    repoRoot is not null ? Path.Combine(repoRoot, relative)
                        : throw new PackagingException($"Cannot find the repository root (build/nopsdk/host-assemblies.tsv) above {Environment.CurrentDirectory}; pass the paths explicitly.");

                host ??= FromRoot(Path.Combine("build", "nopsdk", "host-assemblies.tsv"));
                pluginOutput ??= FromRoot(Path.Combine("Nop.Plugin.Inventory.Backorders", "bin", "Release", "net9.0"));

                var framework = frameworkPacks.Count > 0
                    ? FrameworkAssemblyList.FromTargetingPacks(frameworkPacks)
                    : FrameworkAssemblyList.Embedded();
                var check = new AssemblyReferenceCheck(HostAssemblyList.Load(host), framework);

                if (checkOnly)
                {
                    var descriptor = PluginDescriptorFile.Load(Path.Combine(pluginOutput, "plugin.json"));
                    var descriptorErrors = descriptor.Validate(pluginOutput);
                    if (descriptorErrors.Count > 0)
                        throw new PackagingException("plugin.json is not valid:", descriptorErrors);
                    var result = check.CheckPluginOutput(pluginOutput, descriptor.FileName!);
                    foreach (var finding in result.Findings)
                        stdout.WriteLine(finding);
                    if (!result.Success)
                        throw new PackagingException($"Binary compatibility check FAILED: {result.Errors.Count} problem(s):", result.Errors);
                    stdout.WriteLine($"Binary compatibility check passed: {result.Findings.Count} reference(s).");
                    return 0;
                }

                if (zip is null)
                {
                    var systemName = PluginDescriptorFile.Load(Path.Combine(pluginOutput, "plugin.json")).SystemName;
                    if (string.IsNullOrWhiteSpace(systemName))
                        throw new PackagingException($"{Path.Combine(pluginOutput, "plugin.json")}: SystemName is missing or empty");
                    zip = FromRoot(Path.Combine("artifacts", systemName + ".zip"));
                }

                new PluginPackager(check, stdout).Package(pluginOutput, zip);
                return 0;
            }
            catch (PackagingException e)
            {
                stderr.WriteLine();
                stderr.WriteLine("PACKAGING FAILED: " + e.Message);
                return 1;
            }
        }

        private static string? FindRepositoryRoot()
        {
            foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "build", "nopsdk", "host-assemblies.tsv")))
                        return dir.FullName;
                }
            }
            return null;
        }
    }
}
