using Nop.Services.Plugins;

namespace Nop.Plugin.Inventory.Backorders.Services;

/// <summary>
/// Whether the plugin is installed right now. nopCommerce uninstalls in the running process (and drops the plugin's
/// tables) while the plugin's service overrides stay registered until the application restarts; every override asks
/// this first and otherwise behaves exactly as nopCommerce.
/// </summary>
public interface IBackordersInstalled
{
    Task<bool> IsInstalledAsync();
}

/// <summary>
/// Reads nopCommerce's in-memory plugin list (no database), at most once per request (the service is scoped).
/// nopCommerce marks the plugin uninstalled only after the down-migration has dropped its tables, so uninstall
/// also reports itself here (<see cref="MarkUninstalled"/>) before that happens.
/// </summary>
public class BackordersInstalled : IBackordersInstalled
{
    // nopCommerce keeps one descriptor per plugin for the life of the process; install cannot happen again before a restart.
    private static volatile PluginDescriptor _uninstalled;

    private readonly IPluginService _pluginService;
    private Task<bool> _installed;

    public BackordersInstalled(IPluginService pluginService)
    {
        _pluginService = pluginService;
    }

    /// <summary>Called at the end of the plugin's UninstallAsync, before nopCommerce runs the down-migration.</summary>
    public static void MarkUninstalled(PluginDescriptor descriptor)
    {
        if (descriptor is not null)
            _uninstalled = descriptor;
    }

    public Task<bool> IsInstalledAsync() => _installed ??= ReadAsync();

    private async Task<bool> ReadAsync()
    {
        var descriptor = await _pluginService.GetPluginDescriptorBySystemNameAsync<IPlugin>(BackordersDefaults.SystemName, LoadPluginsMode.InstalledOnly);
        return descriptor is { Installed: true } && !ReferenceEquals(descriptor, _uninstalled);
    }
}
