using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Services.Configuration;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Web.Areas.Admin.Models.Catalog
{
    // Stands in for nopCommerce's admin combination model (a Nop.Web type), recognised by name.
    public record ProductAttributeCombinationModel : BaseNopEntityModel
    {
        public int ProductId { get; set; }
        public bool AllowOutOfStockOrders { get; set; }
    }
}

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Combinations
{
    using Nop.Web.Areas.Admin.Models.Catalog;

    [TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
    public class CombinationPolicyTests(DatabaseProvider provider) : DatabaseTest(provider)
    {
        private DefaultHttpContext _httpContext;

        private BackorderPolicyService PolicyService() => new Policy.PolicyHarness(Database).PolicyService();

        private HttpContextAccessor Accessor => new() { HttpContext = _httpContext };

        private CombinationFormConsumer FormConsumer() =>
            new(Accessor, Database.GetRepository<ProductAttributeCombination>(), Database.GetRepository<Product>(), InstalledStub.Yes);

        /// <summary>What ProductAttributeCombinationEditPopup does when it saves: the model onto the stored combination, then the update.</summary>
        private async Task NopSavesAsync(ProductAttributeCombinationModel model)
        {
            var combinations = Database.GetRepository<ProductAttributeCombination>();
            var combination = await combinations.GetByIdAsync(model.Id);
            combination.AllowOutOfStockOrders = model.AllowOutOfStockOrders;
            await combinations.UpdateAsync(combination);
            await new CombinationUpdatedConsumer(Accessor, PolicyService(), InstalledStub.Yes).HandleEventAsync(new EntityUpdatedEvent<ProductAttributeCombination>(combination));
        }

        [SetUp]
        public void SetUpContext() => _httpContext = new DefaultHttpContext();

        private async Task<Product> ProductAsync(BackorderMode mode)
        {
            var product = new Product { Name = "Shirt", BackorderMode = mode, ManageInventoryMethod = ManageInventoryMethod.ManageStockByAttributes, Published = true };
            await Database.GetRepository<Product>().InsertAsync(product);
            return product;
        }

        private async Task<ProductAttributeCombination> CombinationAsync(Product product, bool allow)
        {
            var combination = new ProductAttributeCombination { ProductId = product.Id, AttributesXml = "<Attributes />", AllowOutOfStockOrders = allow };
            await Database.GetRepository<ProductAttributeCombination>().InsertAsync(combination);
            return combination;
        }

        private void Post(bool follows)
        {
            var fields = new Dictionary<string, StringValues> { [CombinationPolicyForm.Marker] = "1" };
            if (follows)
                fields[CombinationPolicyForm.FollowsProduct] = "true";
            _httpContext.Request.ContentType = "application/x-www-form-urlencoded";
            _httpContext.Request.Form = new FormCollection(fields);
        }

        private async Task<bool> StoredAllowAsync(int combinationId) =>
            (await Database.GetRepository<ProductAttributeCombination>().GetByIdAsync(combinationId)).AllowOutOfStockOrders;

        [Test]
        public async Task A_new_combination_follows_its_product()
        {
            var product = await ProductAsync(BackorderMode.AllowQtyBelow0AndNotifyCustomer);
            var combination = await CombinationAsync(product, allow: false);

            await new CombinationInsertedConsumer(new HttpContextAccessor { HttpContext = _httpContext }, PolicyService(),
                    Database.GetRepository<ProductAttributeCombination>(), Database.GetRepository<Product>(), InstalledStub.Yes)
                .HandleEventAsync(new EntityInsertedEvent<ProductAttributeCombination>(combination));

            (await StoredAllowAsync(combination.Id)).Should().BeTrue();
            (await PolicyService().CombinationFollowsProductAsync(combination.Id)).Should().BeTrue();
        }

        [Test]
        public async Task Unticking_follow_keeps_the_value_set_on_the_combination_through_policy_changes()
        {
            var product = await ProductAsync(BackorderMode.NoBackorders);
            var own = await CombinationAsync(product, allow: true);
            var following = await CombinationAsync(product, allow: false);
            Post(follows: false);
            var model = new ProductAttributeCombinationModel { Id = own.Id, ProductId = product.Id, AllowOutOfStockOrders = true };

            await FormConsumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));
            (await PolicyService().CombinationFollowsProductAsync(own.Id)).Should().BeTrue("nothing is recorded before nopCommerce saves");
            await NopSavesAsync(model);

            model.AllowOutOfStockOrders.Should().BeTrue();
            (await PolicyService().CombinationFollowsProductAsync(own.Id)).Should().BeFalse();

            // The product's policy changes to backorders, then back to none: only the following combination moves.
            await PolicyService().SaveProductChoiceAsync(product.Id, new ProductPolicyChoice(false, BackorderMode.AllowQtyBelow0, null, null),
                BackorderMode.NoBackorders, BackorderMode.NoBackorders);
            (await StoredAllowAsync(following.Id)).Should().BeTrue();
            (await StoredAllowAsync(own.Id)).Should().BeTrue();

            await PolicyService().SaveProductChoiceAsync(product.Id, new ProductPolicyChoice(false, BackorderMode.NoBackorders, null, null),
                BackorderMode.AllowQtyBelow0, BackorderMode.NoBackorders);
            (await StoredAllowAsync(following.Id)).Should().BeFalse();
            (await StoredAllowAsync(own.Id)).Should().BeTrue("it was set on the combination");
        }

        [Test]
        public async Task Ticking_follow_gives_the_combination_its_product_s_value_again()
        {
            var product = await ProductAsync(BackorderMode.AllowQtyBelow0);
            var combination = await CombinationAsync(product, allow: false);
            await PolicyService().SaveCombinationChoiceAsync(combination.Id, product.Id, followsProduct: false);
            Post(follows: true);
            var model = new ProductAttributeCombinationModel { Id = combination.Id, ProductId = product.Id, AllowOutOfStockOrders = false };

            await FormConsumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));
            await NopSavesAsync(model);

            model.AllowOutOfStockOrders.Should().BeTrue("nopCommerce saves the model, which now carries the product's value");
            (await StoredAllowAsync(combination.Id)).Should().BeTrue();
            (await PolicyService().CombinationFollowsProductAsync(combination.Id)).Should().BeTrue();
        }

        [Test]
        public async Task When_nopCommerce_refuses_the_combination_save_nothing_is_recorded()
        {
            // ProductAttributeCombinationEditPopup refuses after the model event: another vendor's product, attribute
            // warnings, an invalid model. The post also names another product, whose policy must not decide anything.
            var product = await ProductAsync(BackorderMode.NoBackorders);
            var other = await ProductAsync(BackorderMode.AllowQtyBelow0);
            var combination = await CombinationAsync(product, allow: true);
            await PolicyService().SaveCombinationChoiceAsync(combination.Id, product.Id, followsProduct: false);
            Post(follows: true);
            var model = new ProductAttributeCombinationModel { Id = combination.Id, ProductId = other.Id, AllowOutOfStockOrders = true };

            await FormConsumer().HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));

            model.AllowOutOfStockOrders.Should().BeFalse("the stored combination's product decides, not the posted ProductId");
            (await PolicyService().CombinationFollowsProductAsync(combination.Id)).Should().BeFalse("nopCommerce did not save");
            (await StoredAllowAsync(combination.Id)).Should().BeTrue();

            // Another combination saved later in the same request does not pick the choice up.
            var another = await CombinationAsync(product, allow: true);
            await PolicyService().SaveCombinationChoiceAsync(another.Id, product.Id, followsProduct: false);
            await NopSavesAsync(new ProductAttributeCombinationModel { Id = another.Id, ProductId = product.Id, AllowOutOfStockOrders = true });
            (await PolicyService().CombinationFollowsProductAsync(another.Id)).Should().BeFalse();
        }

        [Test]
        public async Task Switching_the_default_moves_the_combinations_of_products_that_follow_it()
        {
            var followsDefault = await ProductAsync(BackorderMode.NoBackorders);
            var explicitProduct = await ProductAsync(BackorderMode.NoBackorders);
            await Database.GetRepository<ProductBackorderSetting>().InsertAsync(new ProductBackorderSetting
            {
                ProductId = explicitProduct.Id, UsesDefaultPolicy = false, UpdatedOnUtc = DateTime.UtcNow
            });
            var moves = await CombinationAsync(followsDefault, allow: false);
            var stays = await CombinationAsync(explicitProduct, allow: false);

            var updated = await PolicyService().ApplyDefaultAsync(BackorderMode.NoBackorders, BackorderMode.AllowQtyBelow0AndNotifyCustomer);

            updated.Should().Be(1);
            (await StoredAllowAsync(moves.Id)).Should().BeTrue();
            (await StoredAllowAsync(stays.Id)).Should().BeFalse();
        }
    }
}
