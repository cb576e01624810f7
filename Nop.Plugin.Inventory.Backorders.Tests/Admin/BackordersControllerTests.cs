using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Controllers;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

public class BackordersControllerTests
{
    private Mock<IBackorderPolicyService> _policy;
    private Mock<ISettingService> _settings;
    private BackordersController _controller;

    [SetUp]
    public void SetUp()
    {
        _policy = new Mock<IBackorderPolicyService>();
        _settings = new Mock<ISettingService>();
        _settings.Setup(s => s.LoadSettingAsync<BackorderSettings>(0)).ReturnsAsync(new BackorderSettings());
        // The admin's language: every text comes from the resources, looked up by key.
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "[fr] " + key);
        var factory = new Mock<IBackorderModelFactory>();
        factory.Setup(f => f.PrepareConfigurationModelAsync(It.IsAny<BackorderSettings>())).ReturnsAsync(new ConfigurationModel());
        _controller = new BackordersController(factory.Object, _policy.Object, localization.Object, Mock.Of<INotificationService>(), _settings.Object,
            Mock.Of<Nop.Plugin.Inventory.Backorders.Services.Documents.IQuantityHeaderService>(), []);
    }

    [TestCase(99, 0, nameof(ConfigurationModel.DefaultBackorderModeId), "Configure.UnknownPolicy")]
    [TestCase(-1, 0, nameof(ConfigurationModel.DefaultBackorderModeId), "Configure.UnknownPolicy")]
    [TestCase((int)BackorderMode.AllowQtyBelow0, -5, nameof(ConfigurationModel.DefaultBackorderLimit), "Configure.NegativeLimit")]
    public async Task A_bad_value_is_refused_with_the_resource_text_on_its_field_and_nothing_changes(int policyId, int limit, string field, string resource)
    {
        var result = await _controller.Configure(new ConfigurationModel { DefaultBackorderModeId = policyId, DefaultBackorderLimit = limit });

        result.Should().BeOfType<ViewResult>();
        _controller.ModelState[field]!.Errors.Select(e => e.ErrorMessage).Should().Equal("[fr] " + BackordersDefaults.ResourcePrefix + resource);
        BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + resource);
        _policy.Verify(p => p.ChangeDefaultAsync(It.IsAny<BackorderMode>(), It.IsAny<int>()), Times.Never);
        _settings.Verify(s => s.SaveSettingAsync(It.IsAny<BackorderSettings>(), It.IsAny<int>()), Times.Never);
    }

    [Test]
    public async Task A_good_value_goes_through_the_policy_service()
    {
        await _controller.Configure(new ConfigurationModel { DefaultBackorderModeId = (int)BackorderMode.AllowQtyBelow0, DefaultBackorderLimit = 3 });

        _controller.ModelState.IsValid.Should().BeTrue();
        _policy.Verify(p => p.ChangeDefaultAsync(BackorderMode.AllowQtyBelow0, 3), Times.Once);
    }

    [TestCase(true, false)]
    [TestCase(false, true)]
    public async Task The_notice_choices_are_saved_with_the_default(bool owner, bool customer)
    {
        BackorderSettings saved = null;
        _settings.Setup(s => s.SaveSettingAsync(It.IsAny<BackorderSettings>(), It.IsAny<int>()))
            .Callback<BackorderSettings, int>((s, _) => saved = s).Returns(Task.CompletedTask);

        await _controller.Configure(new ConfigurationModel
        {
            DefaultBackorderModeId = (int)BackorderMode.AllowQtyBelow0,
            NotifyStoreOwnerOfBackorderedOrders = owner,
            NotifyCustomerWhenBackordersFilled = customer
        });

        saved.Should().NotBeNull();
        saved.NotifyStoreOwnerOfBackorderedOrders.Should().Be(owner);
        saved.NotifyCustomerWhenBackordersFilled.Should().Be(customer);
        foreach (var key in new[] { "Fields.NotifyStoreOwnerOfBackorderedOrders", "Fields.NotifyCustomerWhenBackordersFilled" })
        {
            BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + key);
            BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + key + ".Hint");
        }
    }
}
