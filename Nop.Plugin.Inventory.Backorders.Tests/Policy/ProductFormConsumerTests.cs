using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

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
        private Mock<IBackorderPolicyService> _policy;
        private DefaultHttpContext _httpContext;
        private BackorderSettings _settings;

        [SetUp]
        public void SetUp()
        {
            _policy = new Mock<IBackorderPolicyService>();
            _httpContext = new DefaultHttpContext();
            _settings = new BackorderSettings { DefaultBackorderMode = BackorderMode.AllowQtyBelow0AndNotifyCustomer };
        }

        private void Post(params (string Key, string Value)[] fields)
        {
            _httpContext.Request.ContentType = "application/x-www-form-urlencoded";
            _httpContext.Request.Form = new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value)));
        }

        private ProductFormConsumer Consumer() =>
            new(_settings, new HttpContextAccessor { HttpContext = _httpContext }, _policy.Object);

        [Test]
        public async Task Own_choice_is_saved_and_becomes_nopCommerce_s_field_with_activity_flags_lifted()
        {
            Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "1"), (ProductPolicyForm.Limit, "4"));
            _policy.Setup(p => p.SaveProductChoiceAsync(42, new ProductPolicyChoice(false, BackorderMode.AllowQtyBelow0, 4, null),
                    BackorderMode.NoBackorders, BackorderMode.AllowQtyBelow0AndNotifyCustomer))
                .ReturnsAsync((BackorderMode.AllowQtyBelow0, LowStockFlags.BuyButtonDisabled));
            var model = new ProductModel { Id = 42, BackorderModeId = 0, DisableBuyButton = true, DisableWishlistButton = true, Published = false };

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));

            model.BackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0);
            model.DisableBuyButton.Should().BeFalse();
            model.DisableWishlistButton.Should().BeFalse();
            model.Published.Should().BeFalse("only the flag the low-stock activity set is lifted");
        }

        [Test]
        public async Task When_nopCommerce_will_not_save_the_product_nothing_is_recorded()
        {
            Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "1"));
            var state = new ModelStateDictionary();
            state.AddModelError("Name", "Name is required");
            var model = new ProductModel { Id = 42, BackorderModeId = 0 };

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, state));

            model.BackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0, "the form shows the choice again");
            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task Bad_input_becomes_model_errors_and_nothing_is_saved()
        {
            Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "1"), (ProductPolicyForm.Limit, "-2"));
            var state = new ModelStateDictionary();
            var model = new ProductModel { Id = 42 };

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, state));

            state.IsValid.Should().BeFalse();
            state[ProductPolicyForm.Limit]!.Errors.Should().ContainSingle();
            _policy.VerifyNoOtherCalls();
        }

        [Test]
        public async Task A_new_product_s_choice_waits_for_its_insert_and_uses_the_default_meanwhile()
        {
            Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.UseDefault, "true"));
            var model = new ProductModel { Id = 0 };

            await Consumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));

            model.BackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0AndNotifyCustomer);
            _httpContext.Items[ProductFormConsumer.PendingChoiceKey].Should().Be(new ProductPolicyChoice(true, null, null, null));
            _policy.VerifyNoOtherCalls();

            var product = new Product { Id = 7, BackorderMode = BackorderMode.AllowQtyBelow0AndNotifyCustomer };
            await new ProductInsertedConsumer(_settings, new HttpContextAccessor { HttpContext = _httpContext }, _policy.Object)
                .HandleEventAsync(new Nop.Core.Events.EntityInsertedEvent<Product>(product));

            _policy.Verify(p => p.SaveProductChoiceAsync(7, new ProductPolicyChoice(true, null, null, null),
                BackorderMode.AllowQtyBelow0AndNotifyCustomer, BackorderMode.AllowQtyBelow0AndNotifyCustomer), Times.Once);
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
    }
}
