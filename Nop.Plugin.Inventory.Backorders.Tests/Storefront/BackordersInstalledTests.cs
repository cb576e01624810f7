using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Core.Domain.Cms;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class BackordersInstalledTests
{
    private static Mock<IPluginService> Plugins(PluginDescriptor installedDescriptor)
    {
        var plugins = new Mock<IPluginService>();
        plugins.Setup(p => p.GetPluginDescriptorBySystemNameAsync<IPlugin>(BackordersDefaults.SystemName, LoadPluginsMode.InstalledOnly, null, 0, null))
            .ReturnsAsync(() => installedDescriptor is { Installed: true } ? installedDescriptor : null);
        return plugins;
    }

    [Test]
    public async Task Reads_nopCommerce_s_in_memory_plugin_list_once_per_request()
    {
        var plugins = Plugins(new PluginDescriptor { SystemName = BackordersDefaults.SystemName, Installed = true });
        var installed = new BackordersInstalled(plugins.Object);

        (await installed.IsInstalledAsync()).Should().BeTrue();
        (await installed.IsInstalledAsync()).Should().BeTrue();

        plugins.VerifyAll();
        plugins.Invocations.Should().HaveCount(1, "the answer is kept for the rest of the request (the service is scoped)");
    }

    [Test]
    public async Task Not_installed_when_nopCommerce_lists_it_as_not_installed()
    {
        var descriptor = new PluginDescriptor { SystemName = BackordersDefaults.SystemName, Installed = false };

        (await new BackordersInstalled(Plugins(descriptor).Object).IsInstalledAsync()).Should().BeFalse();
    }

    [Test]
    public async Task Uninstall_switches_the_storefront_off_before_nopCommerce_drops_the_tables()
    {
        // nopCommerce still reports the descriptor installed until after the down-migration.
        var descriptor = new PluginDescriptor { SystemName = BackordersDefaults.SystemName, Installed = true };
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<BackorderSettings>(0)).ReturnsAsync(new BackorderSettings());
        var plugin = new BackordersPlugin(Mock.Of<IBackorderPolicyService>(), Mock.Of<ILocalizationService>(), Mock.Of<INopUrlHelper>(),
            settings.Object, new WidgetSettings(),
            new Nop.Core.Domain.Messages.EmailAccountSettings(), Nop.Plugin.Inventory.Backorders.Tests.Ledger.NoMessageTemplates.Service(),
            Nop.Plugin.Inventory.Backorders.Tests.Ledger.NoMessageTemplates.ActivityTypes(),
            Mock.Of<Nop.Plugin.Inventory.Backorders.Services.Documents.IQuantityHeaderService>()) { PluginDescriptor = descriptor };

        (await new BackordersInstalled(Plugins(descriptor).Object).IsInstalledAsync()).Should().BeTrue();

        await plugin.UninstallAsync();

        (await new BackordersInstalled(Plugins(descriptor).Object).IsInstalledAsync()).Should().BeFalse();
        descriptor.Installed.Should().BeTrue("nopCommerce's own state is left to nopCommerce");
    }

    [Test]
    public async Task Another_descriptor_is_not_affected_by_an_uninstall()
    {
        BackordersInstalled.MarkUninstalled(new PluginDescriptor { SystemName = BackordersDefaults.SystemName, Installed = true });
        BackordersInstalled.MarkUninstalled(null);

        var current = new PluginDescriptor { SystemName = BackordersDefaults.SystemName, Installed = true };
        (await new BackordersInstalled(Plugins(current).Object).IsInstalledAsync()).Should().BeTrue();
    }
}
