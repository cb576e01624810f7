using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Cms;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Inventory.Backorders.Tests.Plugin;

public class InstallUninstallTests
{
    private Mock<Nop.Plugin.Inventory.Backorders.Services.Policy.IBackorderPolicyService> _policy;
    private Mock<ISettingService> _settings;
    private Mock<ILocalizationService> _localization;
    private Mock<INopUrlHelper> _urlHelper;
    private WidgetSettings _widgetSettings;
    private BackorderSettings _savedBackorderSettings;
    private IDictionary<string, string> _installedResources;
    private Mock<Nop.Plugin.Inventory.Backorders.Services.Documents.IQuantityHeaderService> _quantityHeader;

    [SetUp]
    public void SetUp()
    {
        _policy = new Mock<Nop.Plugin.Inventory.Backorders.Services.Policy.IBackorderPolicyService>();
        _settings = new Mock<ISettingService>();
        _localization = new Mock<ILocalizationService>();
        _urlHelper = new Mock<INopUrlHelper>();
        _quantityHeader = new Mock<Nop.Plugin.Inventory.Backorders.Services.Documents.IQuantityHeaderService>();
        _widgetSettings = new WidgetSettings { ActiveWidgetSystemNames = ["Widgets.Other"] };

        _settings.Setup(s => s.SaveSettingAsync(It.IsAny<BackorderSettings>(), 0))
            .Callback<BackorderSettings, int>((s, _) => _savedBackorderSettings = s).Returns(Task.CompletedTask);
        _settings.Setup(s => s.SaveSettingAsync(It.IsAny<WidgetSettings>(), 0)).Returns(Task.CompletedTask);
        _localization.Setup(l => l.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), null))
            .Callback<IDictionary<string, string>, int?>((r, _) => _installedResources = r).Returns(Task.CompletedTask);
        SchemaMigration.KeepBackorderRecordsOnDown = false;
    }

    private BackordersPlugin CreatePlugin() => new(_policy.Object, _localization.Object, _urlHelper.Object, _settings.Object, _widgetSettings,
        new Nop.Core.Domain.Messages.EmailAccountSettings(), Nop.Plugin.Inventory.Backorders.Tests.Ledger.NoMessageTemplates.Service(), _activityTypes.Object,
        _quantityHeader.Object);

    private Mock<Nop.Data.IRepository<Nop.Core.Domain.Logging.ActivityLogType>> _activityTypes;

    [SetUp]
    public void NoActivityTypes()
    {
        _activityTypes = new Mock<Nop.Data.IRepository<Nop.Core.Domain.Logging.ActivityLogType>>();
        _activityTypes.Setup(r => r.GetAllAsync(It.IsAny<Func<IQueryable<Nop.Core.Domain.Logging.ActivityLogType>, IQueryable<Nop.Core.Domain.Logging.ActivityLogType>>>(), null, true))
            .ReturnsAsync([]);
    }

    [Test]
    public async Task Install_adds_the_stock_doctors_activity_type_and_uninstall_removes_it()
    {
        var installed = new List<Nop.Core.Domain.Logging.ActivityLogType>();
        _activityTypes.Setup(r => r.InsertAsync(It.IsAny<Nop.Core.Domain.Logging.ActivityLogType>(), true))
            .Callback<Nop.Core.Domain.Logging.ActivityLogType, bool>((t, _) => installed.Add(t)).Returns(Task.CompletedTask);
        _activityTypes.Setup(r => r.GetAllAsync(It.IsAny<Func<IQueryable<Nop.Core.Domain.Logging.ActivityLogType>, IQueryable<Nop.Core.Domain.Logging.ActivityLogType>>>(), null, true))
            .ReturnsAsync(() => installed);

        _settings.Setup(s => s.LoadSettingAsync<BackorderSettings>(0)).ReturnsAsync(new BackorderSettings());

        await CreatePlugin().InstallAsync();
        installed.Should().ContainSingle().Which.SystemKeyword.Should().Be(BackordersDefaults.StockDoctorActivityType);

        await CreatePlugin().UninstallAsync();
        _activityTypes.Verify(r => r.DeleteAsync(It.Is<IList<Nop.Core.Domain.Logging.ActivityLogType>>(l => l.Single().SystemKeyword == BackordersDefaults.StockDoctorActivityType), true), Times.Once);
    }

    [Test]
    public async Task Install_writes_default_settings_activates_the_widget_and_adds_every_resource()
    {
        await CreatePlugin().InstallAsync();

        _savedBackorderSettings.Should().NotBeNull();
        _savedBackorderSettings.DefaultBackorderMode.Should().Be(BackorderMode.NoBackorders, "a fresh install changes no product's behaviour");
        _savedBackorderSettings.DefaultBackorderLimit.Should().Be(0);
        _savedBackorderSettings.PickListBackorderMessage.Should().Be(
            "[orderItemQtyBackordered] of the items you ordered are on backorder, and we only have [cataloginventoryItemQty] available right now");
        _savedBackorderSettings.PickListMessageOnlyForBackorderedLines.Should().BeTrue();
        _savedBackorderSettings.InvoiceColumns.Should().BeEmpty("nopCommerce's own invoice layout until the merchant chooses columns");

        _widgetSettings.ActiveWidgetSystemNames.Should().Equal("Widgets.Other", BackordersDefaults.SystemName);
        _settings.Verify(s => s.SaveSettingAsync(_widgetSettings, 0), Times.Once);

        _installedResources.Should().BeEquivalentTo(BackordersLocaleResources.English);
        _installedResources.Keys.Should().OnlyContain(k => k.StartsWith(BackordersDefaults.ResourcePrefix));

        _policy.Verify(p => p.RecordExistingProductsAsync(BackorderMode.NoBackorders), Times.Once);
    }

    [Test]
    public async Task Install_twice_does_not_list_the_widget_twice()
    {
        var plugin = CreatePlugin();
        await plugin.InstallAsync();
        await plugin.InstallAsync();

        _widgetSettings.ActiveWidgetSystemNames.Count(n => n == BackordersDefaults.SystemName).Should().Be(1);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Uninstall_removes_settings_resources_and_widget_and_hands_the_ledger_choice_to_the_migration(bool keepRecords)
    {
        _widgetSettings.ActiveWidgetSystemNames.Add(BackordersDefaults.SystemName);
        _settings.Setup(s => s.LoadSettingAsync<BackorderSettings>(0))
            .ReturnsAsync(new BackorderSettings { KeepBackorderRecordsOnUninstall = keepRecords });

        var steps = new List<string>();
        _quantityHeader.Setup(q => q.ApplyAsync(false)).Callback(() => steps.Add("restore Qty")).Returns(Task.CompletedTask);
        _localization.Setup(l => l.DeleteLocaleResourcesAsync(BackordersDefaults.ResourcePrefix, null))
            .Callback(() => steps.Add("delete texts")).Returns(Task.CompletedTask);

        await CreatePlugin().UninstallAsync();

        steps.Should().Equal("restore Qty", "delete texts");
        _widgetSettings.ActiveWidgetSystemNames.Should().Equal("Widgets.Other");
        _settings.Verify(s => s.DeleteSettingAsync<BackorderSettings>(), Times.Once);
        _localization.Verify(l => l.DeleteLocaleResourcesAsync(BackordersDefaults.ResourcePrefix, null), Times.Once);
        SchemaMigration.KeepBackorderRecordsOnDown.Should().Be(keepRecords);
    }

    [Test]
    public void Configuration_page_is_the_plugin_route()
    {
        _urlHelper.Setup(u => u.RouteUrl(BackordersDefaults.ConfigurationRouteName, null, null, null, null)).Returns("/Admin/Backorders/Configure");

        CreatePlugin().GetConfigurationPageUrl().Should().Be("/Admin/Backorders/Configure");
    }
}
