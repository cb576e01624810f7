using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Configuration;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Areas.Admin.Models.Catalog;
using Nop.Web.Framework.Events;

namespace Nop.Plugin.Inventory.Backorders.Tests.Policy;

/// <summary>
/// nopCommerce uninstalls in the running process and drops the plugin's tables; its consumers stay registered until the
/// restart. Uninstalled, every consumer leaves nopCommerce alone and reads or writes nothing of the plugin's.
/// </summary>
public class NotInstalledConsumerTests
{
    // Strict: any call to the plugin's services or repositories fails the test.
    private readonly Mock<IBackorderPolicyService> _policy = new(MockBehavior.Strict);
    private readonly Mock<IRepository<Product>> _products = new(MockBehavior.Strict);
    private readonly Mock<IRepository<ProductAttributeCombination>> _combinations = new(MockBehavior.Strict);
    private readonly BackorderSettings _settings = new() { DefaultBackorderMode = BackorderMode.AllowQtyBelow0 };
    private DefaultHttpContext _httpContext;

    private HttpContextAccessor Accessor => new() { HttpContext = _httpContext };

    [SetUp]
    public void SetUp()
    {
        // A stale admin page posted after uninstall still carries the plugin's fields.
        _httpContext = new DefaultHttpContext();
        _httpContext.Request.ContentType = "application/x-www-form-urlencoded";
        _httpContext.Request.Form = new FormCollection(new Dictionary<string, StringValues>
        {
            [ProductPolicyForm.Marker] = "1",
            [ProductPolicyForm.OwnPolicy] = "1",
            [DefaultPolicyForm.Marker] = "1",
            [DefaultPolicyForm.Policy] = "2",
            [CombinationPolicyForm.Marker] = "1",
            [CombinationPolicyForm.FollowsProduct] = "false"
        });
    }

    [Test]
    public async Task Uninstalled_no_consumer_reads_or_writes_anything_of_the_plugin()
    {
        var product = new Product { Id = 7, BackorderMode = BackorderMode.NoBackorders };
        var combination = new ProductAttributeCombination { Id = 3, ProductId = 7 };
        var no = InstalledStub.No;

        await new ProductInsertedConsumer(_settings, Accessor, _policy.Object, no).HandleEventAsync(new EntityInsertedEvent<Product>(product));
        await new ProductUpdatedConsumer(_settings, Accessor, _policy.Object, no).HandleEventAsync(new EntityUpdatedEvent<Product>(product));
        await new CombinationInsertedConsumer(Accessor, _policy.Object, _combinations.Object, _products.Object, no)
            .HandleEventAsync(new EntityInsertedEvent<ProductAttributeCombination>(combination));
        await new CombinationUpdatedConsumer(Accessor, _policy.Object, no)
            .HandleEventAsync(new EntityUpdatedEvent<ProductAttributeCombination>(combination));
        await new CatalogSettingsSavedConsumer(Accessor, Mock.Of<ILocalizationService>(), Mock.Of<INotificationService>(), _policy.Object, no)
            .HandleEventAsync(new EntityUpdatedEvent<Setting>(new Setting { Name = CatalogSettingsSavedConsumer.MarkerSetting }));

        var productModel = new ProductModel { Id = 7, BackorderModeId = (int)BackorderMode.NoBackorders };
        var modelState = new ModelStateDictionary();
        await new ProductFormConsumer(_settings, Accessor, Mock.Of<ILocalizationService>(), _policy.Object, no)
            .HandleEventAsync(new ModelReceivedEvent<Nop.Web.Framework.Models.BaseNopModel>(productModel, modelState));
        await new CombinationFormConsumer(Accessor, _combinations.Object, _products.Object, no)
            .HandleEventAsync(new ModelReceivedEvent<Nop.Web.Framework.Models.BaseNopModel>(new ProductAttributeCombinationModel { Id = 3, ProductId = 7 }, modelState));
        await new CatalogSettingsFormConsumer(Accessor, Mock.Of<ILocalizationService>(), Mock.Of<IPermissionService>(), no)
            .HandleEventAsync(new ModelReceivedEvent<Nop.Web.Framework.Models.BaseNopModel>(new Nop.Web.Areas.Admin.Models.Settings.CatalogSettingsModel(), modelState));

        productModel.BackorderModeId.Should().Be((int)BackorderMode.NoBackorders, "nopCommerce's own posted value stands");
        modelState.ErrorCount.Should().Be(0);
        _httpContext.Items.Should().BeEmpty("nothing is parked for a later save");
    }
}
