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
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

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

        private BackorderSqlDialect Dialect => Provider switch
        {
            DatabaseProvider.PostgreSql => BackorderSqlDialect.PostgreSql,
            DatabaseProvider.MariaDb => BackorderSqlDialect.MySql,
            _ => TestSql.Dialect
        };

        private BackorderPolicyService PolicyService() => new(Database.GetRepository<CombinationBackorderSetting>(), Database.GetNopDataProvider(),
            Mock.Of<IEventPublisher>(), Database.GetRepository<Product>(), Database.GetRepository<ProductBackorderSetting>(),
            Mock.Of<ISettingService>(), Mock.Of<IStaticCacheManager>(), new BackorderStatements(Dialect));

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
                    Database.GetRepository<ProductAttributeCombination>(), Database.GetRepository<Product>())
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

            await new CombinationFormConsumer(new HttpContextAccessor { HttpContext = _httpContext }, PolicyService(), Database.GetRepository<Product>())
                .HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));

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

            await new CombinationFormConsumer(new HttpContextAccessor { HttpContext = _httpContext }, PolicyService(), Database.GetRepository<Product>())
                .HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, new ModelStateDictionary()));

            model.AllowOutOfStockOrders.Should().BeTrue("nopCommerce saves the model, which now carries the product's value");
            (await PolicyService().CombinationFollowsProductAsync(combination.Id)).Should().BeTrue();
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
