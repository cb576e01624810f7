using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Nop.Core.Domain.Catalog;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

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

        private CatalogSettingsFormConsumer Consumer()
        {
            var localization = new Mock<ILocalizationService>();
            localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync("{0} products moved");
            return new CatalogSettingsFormConsumer(new HttpContextAccessor { HttpContext = _httpContext }, localization.Object,
                _notifications.Object, _permissions.Object, _policy.Object);
        }

        private void Post(params (string Key, string Value)[] fields)
        {
            _httpContext.Request.ContentType = "application/x-www-form-urlencoded";
            _httpContext.Request.Form = new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value)));
        }

        [Test]
        public async Task Saves_the_default_and_reports_how_many_products_followed()
        {
            Post((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, "2"), (DefaultPolicyForm.Limit, "5"));
            _policy.Setup(p => p.ChangeDefaultAsync(BackorderMode.AllowQtyBelow0AndNotifyCustomer, 5)).ReturnsAsync(1234);

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(new CatalogSettingsModel(), new ModelStateDictionary()));

            _policy.Verify(p => p.ChangeDefaultAsync(BackorderMode.AllowQtyBelow0AndNotifyCustomer, 5), Times.Once);
            _notifications.Verify(n => n.SuccessNotification("1234 products moved", true, 0), Times.Once);
        }

        [Test]
        public async Task Without_the_settings_permission_nothing_changes()
        {
            Post((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, "2"));
            _permissions.Setup(p => p.AuthorizeAsync(StandardPermission.Configuration.MANAGE_SETTINGS)).ReturnsAsync(false);

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(new CatalogSettingsModel(), new ModelStateDictionary()));

            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task An_invalid_settings_form_saves_nothing()
        {
            Post((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, "2"), (DefaultPolicyForm.Limit, "-4"));
            var state = new ModelStateDictionary();

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(new CatalogSettingsModel(), state));

            state[DefaultPolicyForm.Limit]!.Errors.Should().ContainSingle();
            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task Other_models_are_ignored()
        {
            Post((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, "2"));

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(new BaseNopModel(), new ModelStateDictionary()));

            _policy.VerifyNoOtherCalls();
        }
    }
}
