using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Services.Localization;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Web.Areas.Admin.Models.Catalog;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Policy.PolicyData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

/// <summary>The product form from the post to nopCommerce's save (or refusal), on every database.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class ProductFormSaveTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const BackorderMode No = BackorderMode.NoBackorders;
    private const BackorderMode Silent = BackorderMode.AllowQtyBelow0;
    private const BackorderMode Notify = BackorderMode.AllowQtyBelow0AndNotifyCustomer;

    private PolicyHarness _harness;
    private DefaultHttpContext _httpContext;
    private BackorderSettings _settings;

    [SetUp]
    public void CreateHarness()
    {
        _harness = new PolicyHarness(Database);
        _httpContext = new DefaultHttpContext();
        _settings = new BackorderSettings { DefaultBackorderMode = No };
    }

    private void Post(params (string Key, string Value)[] fields)
    {
        _httpContext.Request.ContentType = "application/x-www-form-urlencoded";
        _httpContext.Request.Form = new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value)));
    }

    private async Task<ModelStateDictionary> ReceiveAsync(ProductModel model)
    {
        var state = new ModelStateDictionary();
        await new ProductFormConsumer(_settings, Accessor, Localization.Object, _harness.PolicyService(), InstalledStub.Yes)
            .HandleEventAsync(new ModelReceivedEvent<BaseNopModel>(model, state));
        return state;
    }

    private HttpContextAccessor Accessor => new() { HttpContext = _httpContext };

    /// <summary>Resources as installed: the key's English text.</summary>
    public static Mock<ILocalizationService> Localization
    {
        get
        {
            var localization = new Mock<ILocalizationService>();
            localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
                .ReturnsAsync((string key) => BackordersLocaleResources.English.GetValueOrDefault(key, key));
            return localization;
        }
    }

    /// <summary>An update of a product, as nopCommerce's repository publishes it to the plugin's consumer.</summary>
    private Task UpdatedAsync(Product product) =>
        new ProductUpdatedConsumer(_settings, Accessor, _harness.PolicyService(), InstalledStub.Yes).HandleEventAsync(new EntityUpdatedEvent<Product>(product));

    /// <summary>What ProductController.Edit does when it saves: the model's fields onto the stored product, then UpdateProductAsync.</summary>
    private async Task NopSavesAsync(ProductModel model)
    {
        var products = Database.GetRepository<Product>();
        var product = await products.GetByIdAsync(model.Id);
        product.BackorderModeId = model.BackorderModeId;
        product.DisableBuyButton = model.DisableBuyButton;
        product.DisableWishlistButton = model.DisableWishlistButton;
        product.Published = model.Published;
        product.UpdatedOnUtc = DateTime.UtcNow;
        await products.UpdateAsync(product);
        await UpdatedAsync(product);
    }

    private async Task<ProductAttributeCombination> CombinationAsync(int productId, bool allow)
    {
        var combination = new ProductAttributeCombination { ProductId = productId, AttributesXml = "<Attributes />", AllowOutOfStockOrders = allow };
        await Database.GetRepository<ProductAttributeCombination>().InsertAsync(combination, publishEvent: false);
        return combination;
    }

    private async Task<bool> StoredAllowAsync(int combinationId) =>
        (await Database.GetRepository<ProductAttributeCombination>().GetByIdAsync(combinationId)).AllowOutOfStockOrders;

    [Test]
    public async Task Own_policy_to_another_own_policy_moves_following_combinations_although_the_script_already_posted_the_new_value()
    {
        var product = (await InsertAsync(Database, NewProduct(1, No)))[0];
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(Row(product.Id, usesDefault: false), publishEvent: false);
        var following = await CombinationAsync(product.Id, allow: false);

        // The block's script has copied the choice into nopCommerce's hidden BackorderModeId: the post carries the new value.
        Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "2"));
        var model = new ProductModel { Id = product.Id, BackorderModeId = (int)Notify, Published = true };
        (await ReceiveAsync(model)).IsValid.Should().BeTrue();
        await NopSavesAsync(model);

        ProductsByTag(Database)[1].BackorderMode.Should().Be(Notify);
        (await StoredAllowAsync(following.Id)).Should().BeTrue("a combination that follows its product moves with it");
        _harness.Published<ProductBackorderPolicyChangedEvent>().Should().Equal(new ProductBackorderPolicyChangedEvent(product.Id, No, Notify, false));
    }
    /// <summary>Everything the plugin keeps about a product, to compare before and after.</summary>
    private async Task<object> SnapshotAsync(int productId, params int[] combinationIds) => new
    {
        Product = ProductsByTag(Database).Values.Single(p => p.Id == productId) is var p ? (p.BackorderModeId, p.DisableBuyButton, p.Published) : default,
        Row = RowsByProductId(Database).GetValueOrDefault(productId) is { } r
            ? (r.UsesDefaultPolicy, r.BackorderLimit, r.ExpectedRestockDateUtc, r.LowStockFlagsSetByActivity, r.UpdatedOnUtc)
            : default,
        Combinations = await Task.WhenAll(combinationIds.Select(StoredAllowAsync))
    };

    private async Task<Product> ProductWithFlagsAsync(int tag, int vendorId)
    {
        var product = (await InsertAsync(Database, NewProduct(tag, No, p => { p.VendorId = vendorId; p.DisableBuyButton = true; p.DisableWishlistButton = true; })))[0];
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(Row(product.Id, usesDefault: false, LowStockFlags.BuyButtonDisabled), publishEvent: false);
        return product;
    }

    [Test]
    public async Task When_nopCommerce_refuses_the_save_none_of_the_plugin_s_changes_remain()
    {
        // ProductController.Edit refuses after the model event: product deleted, another vendor's product, stock changed
        // while the page was open, invalid model. In every case nopCommerce does not update the product.
        var product = await ProductWithFlagsAsync(1, vendorId: 0);
        var following = await CombinationAsync(product.Id, allow: false);
        var before = await SnapshotAsync(product.Id, following.Id);

        Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "1"), (ProductPolicyForm.Limit, "3"), (ProductPolicyForm.RestockDate, "2099-01-01"));
        var model = new ProductModel { Id = product.Id, BackorderModeId = (int)Silent, DisableBuyButton = true, DisableWishlistButton = true, Published = true };
        (await ReceiveAsync(model)).IsValid.Should().BeTrue();

        (await SnapshotAsync(product.Id, following.Id)).Should().BeEquivalentTo(before, "no setting row change, combinations unchanged, flags record unchanged");
        _harness.Published<ProductBackorderPolicyChangedEvent>().Should().BeEmpty();
    }

    [Test]
    public async Task A_forged_post_for_another_vendor_s_product_changes_nothing()
    {
        var theirs = await ProductWithFlagsAsync(1, vendorId: 5);
        var theirCombination = await CombinationAsync(theirs.Id, allow: false);
        var mine = (await InsertAsync(Database, NewProduct(2, No, p => p.VendorId = 7)))[0];
        var before = await SnapshotAsync(theirs.Id, theirCombination.Id);
        var mineBefore = await SnapshotAsync(mine.Id);

        // Vendor 7 posts the form for vendor 5's product: nopCommerce redirects to the list without saving it. Later in
        // the same request another product is updated (here: the vendor's own): the choice must not land on it either.
        Post((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "2"));
        await ReceiveAsync(new ProductModel { Id = theirs.Id, BackorderModeId = (int)Notify, Published = true });
        await NopSavesAsync(new ProductModel { Id = mine.Id, BackorderModeId = (int)No, Published = true });

        (await SnapshotAsync(theirs.Id, theirCombination.Id)).Should().BeEquivalentTo(before);
        (await SnapshotAsync(mine.Id)).Should().BeEquivalentTo(mineBefore);
        _harness.Published<ProductBackorderPolicyChangedEvent>().Should().BeEmpty();
    }
}
