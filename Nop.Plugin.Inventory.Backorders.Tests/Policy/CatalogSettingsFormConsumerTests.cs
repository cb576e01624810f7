using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Configuration;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Web.Areas.Admin.Models.Settings
{
    // Stands in for nopCommerce's admin CatalogSettingsModel (a Nop.Web type), recognised by name.
    public record CatalogSettingsModel : BaseNopModel;
}

namespace Nop.Plugin.Inventory.Backorders.Tests.Services
{
    using Nop.Web.Areas.Admin.Models.Settings;

    public class CatalogSettingsFormConsumerTests
    {
        private Mock<IBackorderPolicyService> _policy;
        private Mock<IPermissionService> _permissions;
        private Mock<INotificationService> _notifications;
        private DefaultHttpContext _httpContext;

        [SetUp]
        public void SetUp()
        {
            _policy = new Mock<IBackorderPolicyService>();
            _permissions = new Mock<IPermissionService>();
            _notifications = new Mock<INotificationService>();
            _httpContext = new DefaultHttpContext();
            _permissions.Setup(p => p.AuthorizeAsync(StandardPermission.Configuration.MANAGE_SETTINGS)).ReturnsAsync(true);
        }

        private Mock<ILocalizationService> _localization;

        private HttpContextAccessor Accessor => new() { HttpContext = _httpContext };

        private CatalogSettingsFormConsumer Consumer()
        {
            _localization ??= Localization();
            return new CatalogSettingsFormConsumer(Accessor, _localization.Object, _permissions.Object, InstalledStub.Yes);
        }

        private static Mock<ILocalizationService> Localization()
        {
            var localization = new Mock<ILocalizationService>();
            localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
                .ReturnsAsync((string key) => BackordersLocaleResources.English.GetValueOrDefault(key, key));
            localization.Setup(l => l.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Configure.DefaultApplied")).ReturnsAsync("{0} products moved");
            return localization;
        }

        /// <summary>nopCommerce writing one setting, as its repository publishes it.</summary>
        private Task SettingSavedAsync(string name, bool inserted = false)
        {
            var consumer = new CatalogSettingsSavedConsumer(Accessor, (_localization ??= Localization()).Object,
                _notifications.Object, _policy.Object, InstalledStub.Yes);
            var setting = new Setting(name, "False");
            return inserted
                ? consumer.HandleEventAsync(new EntityInsertedEvent<Setting>(setting))
                : consumer.HandleEventAsync(new EntityUpdatedEvent<Setting>(setting));
        }

        private void Post(params (string Key, string Value)[] fields)
        {
            _httpContext.Request.ContentType = "application/x-www-form-urlencoded";
            _httpContext.Request.Form = new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value)));
        }

        private Task ReceiveAsync(ModelStateDictionary state = null, BaseNopModel model = null) =>
            Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model ?? new CatalogSettingsModel(), state ?? new ModelStateDictionary()));

        [Test]
        public async Task Saves_the_default_when_nopCommerce_saves_the_catalog_settings_and_reports_how_many_products_followed()
        {
            Post((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, "2"), (DefaultPolicyForm.Limit, "5"));
            _policy.Setup(p => p.ChangeDefaultAsync(BackorderMode.AllowQtyBelow0AndNotifyCustomer, 5)).ReturnsAsync(1234);

            await ReceiveAsync();
            _policy.VerifyNoOtherCalls();

            // SettingController.Catalog writes every catalog setting; the plugin acts on the marker, once.
            await SettingSavedAsync("catalogsettings.showskuonproductdetailspage");
            _policy.VerifyNoOtherCalls();
            await SettingSavedAsync(CatalogSettingsSavedConsumer.MarkerSetting);
            await SettingSavedAsync(CatalogSettingsSavedConsumer.MarkerSetting, inserted: true);

            _policy.Verify(p => p.ChangeDefaultAsync(BackorderMode.AllowQtyBelow0AndNotifyCustomer, 5), Times.Once);
            _notifications.Verify(n => n.SuccessNotification("1234 products moved", true, 0), Times.Once);
        }

        [Test]
        public async Task When_nopCommerce_refuses_to_save_the_settings_the_default_stays()
        {
            // Another field of nopCommerce's form is invalid: SettingController.Catalog shows the form again and writes no setting.
            Post((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, "2"));
            var state = new ModelStateDictionary();
            state.AddModelError("SearchPageProductsPerPage", "must be positive");

            await ReceiveAsync(state);

            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task A_marker_write_in_a_request_that_did_not_post_the_block_changes_nothing()
        {
            Post(("SearchPageProductsPerPage", "6"));
            await ReceiveAsync();
            await SettingSavedAsync(CatalogSettingsSavedConsumer.MarkerSetting);

            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task Without_the_settings_permission_nothing_changes()
        {
            Post((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, "2"));
            _permissions.Setup(p => p.AuthorizeAsync(StandardPermission.Configuration.MANAGE_SETTINGS)).ReturnsAsync(false);

            await ReceiveAsync();
            await SettingSavedAsync(CatalogSettingsSavedConsumer.MarkerSetting);

            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task An_invalid_block_is_reported_in_the_merchant_s_language_and_saves_nothing()
        {
            Post((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, "2"), (DefaultPolicyForm.Limit, "-4"));
            var state = new ModelStateDictionary();

            await ReceiveAsync(state);
            await SettingSavedAsync(CatalogSettingsSavedConsumer.MarkerSetting);

            state[DefaultPolicyForm.Limit]!.Errors.Should().ContainSingle().Which.ErrorMessage.Should().Be(
                string.Format(BackordersLocaleResources.English[DefaultPolicyForm.LimitError], "-4"));
            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task Other_models_are_ignored()
        {
            Post((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, "2"));

            await ReceiveAsync(model: new BaseNopModel());
            await SettingSavedAsync(CatalogSettingsSavedConsumer.MarkerSetting);

            _policy.VerifyNoOtherCalls();
        }
    }
}
