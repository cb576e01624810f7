using Nop.Plugin.Inventory.Backorders.Services;

namespace Nop.Plugin.Inventory.Backorders.Tests.Policy;

/// <summary>The plugin's installed state as the consumers see it.</summary>
public sealed class InstalledStub : IBackordersInstalled
{
    public static readonly InstalledStub Yes = new(true);
    public static readonly InstalledStub No = new(false);

    private readonly bool _installed;

    private InstalledStub(bool installed) => _installed = installed;

    public Task<bool> IsInstalledAsync() => Task.FromResult(_installed);
}
