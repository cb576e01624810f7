using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Web.Areas.Admin.Models.Catalog
{
    // Stands in for nopCommerce's admin ProductModel (a Nop.Web type), which the consumer recognises by name.
    public record ProductModel : BaseNopEntityModel
    {
        public int BackorderModeId { get; set; }
        public bool DisableBuyButton { get; set; }
        public bool DisableWishlistButton { get; set; }
        public bool Published { get; set; }
    }
}

namespace Nop.Plugin.Inventory.Backorders.Tests.Services
{
    using Nop.Web.Areas.Admin.Models.Catalog;

    public class ProductFormConsumerTests
    {
        private const BackorderMode Default = BackorderMode.AllowQtyBelow0AndNotifyCustomer;

        private Mock<IBackorderPolicyService> _policy;
        private Mock<ILocalizationService> _localization;
        private DefaultHttpContext _httpContext;
        private BackorderSettings _settings;

        [SetUp]
        public void SetUp()
        {
            _policy = new Mock<IBackorderPolicyService>();
            _localization = new Mock<ILocalizationService>();
            _localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
                .ReturnsAsync((string key) => BackordersLocaleResources.English.GetValueOrDefault(key, key));
            _httpContext = new DefaultHttpContext();
            _settings = new BackorderSettings { DefaultBackorderMode = Default };
        }

        private void Post(params (string Key, string Value)[] fields)
        {
            _httpContext.Request.ContentType = "application/x-www-form-urlencoded";
            _httpContext.Request.Form = new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value)));
        }

        private HttpContextAccessor Accessor => new() { HttpContext = _httpContext };

        private ProductFormConsumer Consumer() => new(_settings, Accessor, _localization.Object, _policy.Object, InstalledStub.Yes);

        private Task UpdatedAsync(int productId, BackorderMode mode = BackorderMode.NoBackorders) =>
            new ProductUpdatedConsumer(_settings, Accessor, _policy.Object, InstalledStub.Yes)
                .HandleEventAsync(new EntityUpdatedEvent<Product>(new Product { Id = productId, BackorderMode = mode }));

        [Test]
        public async Task Own_choice_is_planned_from_the_stored_product_and_recorded_only_when_nopCommerce_updates_that_product()
        {
            // The block's script has already copied the choice into nopCommerce's field: the post says 1, the stored product 0.
            Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "1"), (ProductPolicyForm.Limit, "4"));
            var choice = new ProductPolicyChoice(false, BackorderMode.AllowQtyBelow0, 4, null);
            var plan = new ProductChoicePlan(42, choice, BackorderMode.NoBackorders, BackorderMode.AllowQtyBelow0, LowStockFlags.BuyButtonDisabled);
            _policy.Setup(p => p.PlanProductChoiceAsync(42, choice, Default)).ReturnsAsync(plan);
            var model = new ProductModel { Id = 42, BackorderModeId = 1, DisableBuyButton = true, DisableWishlistButton = true, Published = false };

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));

            model.BackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0);
            model.DisableBuyButton.Should().BeFalse();
            model.DisableWishlistButton.Should().BeFalse();
            model.Published.Should().BeFalse("only the flag the low-stock activity set is lifted");
            _policy.Verify(p => p.SaveProductChoiceAsync(It.IsAny<int>(), It.IsAny<ProductPolicyChoice>(), It.IsAny<BackorderMode>(), It.IsAny<BackorderMode>()),
                Times.Never, "nopCommerce has not decided to save yet");

            // ProductController.Edit updates other products (a grouped product's associated ones) and this one several times.
            await UpdatedAsync(7);
            await UpdatedAsync(42, BackorderMode.AllowQtyBelow0);
            await UpdatedAsync(42, BackorderMode.AllowQtyBelow0);

            _policy.Verify(p => p.SaveProductChoiceAsync(42, choice, BackorderMode.NoBackorders, Default), Times.Once);
            _policy.Verify(p => p.SaveProductChoiceAsync(7, It.IsAny<ProductPolicyChoice>(), It.IsAny<BackorderMode>(), It.IsAny<BackorderMode>()), Times.Never);
        }

        [Test]
        public async Task Bad_input_becomes_model_errors_in_the_merchant_s_language_and_nothing_is_planned()
        {
            Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "1"), (ProductPolicyForm.Limit, "-2"));
            _localization.Setup(l => l.GetResourceAsync(ProductPolicyForm.LimitError)).ReturnsAsync("Rückstandslimit ungültig: '{0}'");
            var state = new ModelStateDictionary();

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(new ProductModel { Id = 42 }, state));

            state.IsValid.Should().BeFalse();
            state[ProductPolicyForm.Limit]!.Errors.Should().ContainSingle().Which.ErrorMessage.Should().Be("Rückstandslimit ungültig: '-2'");
            _policy.VerifyNoOtherCalls();
            _httpContext.Items.Should().BeEmpty();
        }

        [Test]
        public async Task A_past_restock_date_is_refused_with_the_resource_text()
        {
            Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.UseDefault, "true"), (ProductPolicyForm.RestockDate, "1900-01-01"));
            var state = new ModelStateDictionary();

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(new ProductModel { Id = 42 }, state));

            state[ProductPolicyForm.RestockDate]!.Errors.Should().ContainSingle().Which.ErrorMessage.Should().Be(
                string.Format(BackordersLocaleResources.English[ProductPolicyForm.RestockDatePassedError], "1900-01-01"));
            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task A_product_that_no_longer_exists_gets_nothing_remembered()
        {
            Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "1"));
            var model = new ProductModel { Id = 42, BackorderModeId = 1 };

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));

            _httpContext.Items.Should().BeEmpty();
        }

        [Test]
        public async Task A_new_product_s_choice_waits_for_its_insert_and_uses_the_default_meanwhile()
        {
            Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.UseDefault, "true"));
            var model = new ProductModel { Id = 0 };

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));

            model.BackorderModeId.Should().Be((int)Default);
            _httpContext.Items[ProductFormConsumer.PendingChoiceKey].Should().Be(new ProductPolicyChoice(true, null, null, null));
            _policy.VerifyNoOtherCalls();

            var product = new Product { Id = 7, BackorderMode = Default };
            await new ProductInsertedConsumer(_settings, Accessor, _policy.Object, InstalledStub.Yes).HandleEventAsync(new EntityInsertedEvent<Product>(product));

            _policy.Verify(p => p.SaveProductChoiceAsync(7, new ProductPolicyChoice(true, null, null, null), Default, Default), Times.Once);
            _policy.Verify(p => p.ClassifyNewProductAsync(It.IsAny<Product>(), It.IsAny<BackorderMode>()), Times.Never);
        }

        [Test]
        public async Task Other_models_and_forms_without_the_block_are_ignored()
        {
            Post((ProductPolicyForm.OwnPolicy, "2"));
            var model = new ProductModel { Id = 42, BackorderModeId = 0 };

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));
            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(new BaseNopEntityModel { Id = 42 }, new ModelStateDictionary()));

            model.BackorderModeId.Should().Be(0);
            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task An_update_without_a_form_is_checked_for_a_policy_set_outside_the_plugin()
        {
            await UpdatedAsync(9, BackorderMode.AllowQtyBelow0);

            _policy.Verify(p => p.AdoptOutsideChangeAsync(It.Is<Product>(x => x.Id == 9), Default), Times.Once);
        }
    }
}
