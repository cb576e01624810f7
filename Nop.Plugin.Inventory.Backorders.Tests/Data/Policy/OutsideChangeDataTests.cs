using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Policy.PolicyData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

/// <summary>Writes that reach products without the plugin (import, Web API, other plugins, copy), on every database.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class OutsideChangeDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const BackorderMode No = BackorderMode.NoBackorders;
    private const BackorderMode Silent = BackorderMode.AllowQtyBelow0;
    private const BackorderMode Notify = BackorderMode.AllowQtyBelow0AndNotifyCustomer;

    private PolicyHarness _harness;
    private BackorderSettings _settings;
    private readonly HttpContextAccessor _accessor = new() { HttpContext = new DefaultHttpContext() };

    [SetUp]
    public void CreateHarness()
    {
        _harness = new PolicyHarness(Database);
        _settings = new BackorderSettings { DefaultBackorderMode = No };
    }

    /// <summary>A write as nopCommerce's import or the Web API makes it: the product row, then the entity event.</summary>
    private async Task WrittenOutsideAsync(int tag, Action<Product> change)
    {
        var products = Database.GetRepository<Product>();
        var product = ProductsByTag(Database)[tag];
        change(product);
        await products.UpdateAsync(product);
        await new ProductUpdatedConsumer(_settings, _accessor, _harness.PolicyService(), InstalledStub.Yes).HandleEventAsync(new EntityUpdatedEvent<Product>(product));
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
    public async Task An_imported_policy_on_a_product_that_follows_the_default_becomes_its_own_choice_and_survives_the_next_default_change()
    {
        // 1: follows without a row; 2: follows with a row (limit kept); 3: own choice; 4: follows, import changes only the stock.
        var products = await InsertAsync(Database, NewProduct(1, No), NewProduct(2, No), NewProduct(3, Silent), NewProduct(4, No));
        var row = Row(products[1].Id, usesDefault: true);
        row.BackorderLimit = 6;
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync([row, Row(products[2].Id, usesDefault: false)], publishEvent: false);
        var following = await CombinationAsync(products[0].Id, allow: false);

        await WrittenOutsideAsync(1, p => p.BackorderMode = Notify);
        await WrittenOutsideAsync(2, p => p.BackorderMode = Silent);
        await WrittenOutsideAsync(3, p => p.BackorderMode = Notify);
        await WrittenOutsideAsync(4, p => p.StockQuantity = 3);

        var rows = RowsByProductId(Database);
        rows[products[0].Id].UsesDefaultPolicy.Should().BeFalse();
        rows[products[1].Id].Should().Match<ProductBackorderSetting>(r => !r.UsesDefaultPolicy && r.BackorderLimit == 6);
        rows[products[2].Id].UsesDefaultPolicy.Should().BeFalse();
        rows.Should().NotContainKey(products[3].Id, "a write that keeps the default policy changes nothing");
        (await StoredAllowAsync(following.Id)).Should().BeTrue("the combinations that follow the product move with it");
        _harness.Published<ProductBackorderPolicyChangedEvent>().Should().Equal(
            new ProductBackorderPolicyChangedEvent(products[0].Id, No, Notify, false),
            new ProductBackorderPolicyChangedEvent(products[1].Id, No, Silent, false));

        // The next default change leaves the imported choices alone.
        (await _harness.PolicyService().ApplyDefaultAsync(No, Silent)).Should().Be(1, "only product 4 still follows the default");
        ProductsByTag(Database).Values.OrderBy(p => p.VendorId).Select(p => p.BackorderMode).Should().Equal(Notify, Silent, Notify, Silent);
    }

    [Test]
    public async Task The_plugin_s_own_writes_do_not_count_as_outside_changes()
    {
        var products = await InsertAsync(Database, NewProduct(1, No), NewProduct(2, No));
        var service = _harness.PolicyService();

        // The default switch (set-based, no entity events), then any later update of a product that follows it.
        _settings.DefaultBackorderMode = Notify;
        await service.ApplyDefaultAsync(No, Notify);
        await WrittenOutsideAsync(1, p => p.StockQuantity = 2);

        // SetProductPolicyAsync back to the default: its own product update publishes the entity event.
        await service.SetProductPolicyAsync(ProductsByTag(Database)[2], Silent, Notify);
        await service.SetProductPolicyAsync(ProductsByTag(Database)[2], null, Notify);
        await WrittenOutsideAsync(2, _ => { });

        var rows = RowsByProductId(Database);
        rows.Should().NotContainKey(products[0].Id);
        rows[products[1].Id].UsesDefaultPolicy.Should().BeTrue();
        ProductsByTag(Database).Values.Should().OnlyContain(p => p.BackorderMode == Notify);
    }

    [Test]
    public async Task A_copy_keeps_its_source_s_policy_record_and_combination_records()
    {
        // The source chose "no backorders" while the default is "tell customers": a fresh product with that policy would
        // be classified as following the default. Its first combination follows it, the second keeps its own value.
        _settings.DefaultBackorderMode = Notify;
        var restock = new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var source = (await InsertAsync(Database, NewProduct(1, No)))[0];
        var row = Row(source.Id, usesDefault: false, LowStockFlags.BuyButtonDisabled);
        row.BackorderLimit = 3;
        row.ExpectedRestockDateUtc = restock;
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(row, publishEvent: false);
        var follows = await CombinationAsync(source.Id, allow: false);
        var own = await CombinationAsync(source.Id, allow: true);
        await _harness.PolicyService().SaveCombinationChoiceAsync(own.Id, source.Id, followsProduct: false);

        // What CopyProductService does inside BackorderCopyProductService.CopyProductAsync: insert the copy and copies of
        // its combinations (in id order), each publishing its entity event; then the records are copied.
        Product copy;
        using (ProductCopy.Begin(source.Id))
        {
            copy = NewProduct(2, No);
            await Database.GetRepository<Product>().InsertAsync(copy, publishEvent: false);
            await new ProductInsertedConsumer(_settings, _accessor, _harness.PolicyService(), InstalledStub.Yes).HandleEventAsync(new EntityInsertedEvent<Product>(copy));
            foreach (var combination in new[] { follows, own })
            {
                var combinationCopy = await CombinationAsync(copy.Id, combination.AllowOutOfStockOrders);
                await new CombinationInsertedConsumer(_accessor, _harness.PolicyService(), Database.GetRepository<ProductAttributeCombination>(),
                    Database.GetRepository<Product>(), InstalledStub.Yes).HandleEventAsync(new EntityInsertedEvent<ProductAttributeCombination>(combinationCopy));
            }
        }

        await _harness.PolicyService().CopyProductRecordsAsync(source.Id, copy.Id);

        ProductsByTag(Database)[2].BackorderMode.Should().Be(No, "the copy keeps its source's own choice");
        RowsByProductId(Database)[copy.Id].Should().Match<ProductBackorderSetting>(r =>
            !r.UsesDefaultPolicy && r.BackorderLimit == 3 && r.ExpectedRestockDateUtc == restock && r.LowStockFlagsSetByActivity == 0);
        var copies = Database.GetRepository<ProductAttributeCombination>().Table.Where(c => c.ProductId == copy.Id).OrderBy(c => c.Id).ToList();
        copies.Select(c => c.AllowOutOfStockOrders).Should().Equal(false, true);
        (await _harness.PolicyService().CombinationFollowsProductAsync(copies[0].Id)).Should().BeTrue();
        (await _harness.PolicyService().CombinationFollowsProductAsync(copies[1].Id)).Should().BeFalse();

        // Copying the records again (e.g. a retried copy) adds nothing.
        await _harness.PolicyService().CopyProductRecordsAsync(source.Id, copy.Id);
        RowsByProductId(Database).Should().HaveCount(2);
        Database.GetRepository<CombinationBackorderSetting>().Table.Count().Should().Be(2);
    }

    [Test]
    public async Task A_copy_of_a_product_that_follows_the_default_follows_it_too()
    {
        var source = (await InsertAsync(Database, NewProduct(1, No)))[0];
        Product copy;
        using (ProductCopy.Begin(source.Id))
        {
            copy = NewProduct(2, No);
            await Database.GetRepository<Product>().InsertAsync(copy, publishEvent: false);
            await new ProductInsertedConsumer(_settings, _accessor, _harness.PolicyService(), InstalledStub.Yes).HandleEventAsync(new EntityInsertedEvent<Product>(copy));
        }

        await _harness.PolicyService().CopyProductRecordsAsync(source.Id, copy.Id);

        RowsByProductId(Database).Should().BeEmpty("neither has a record: both follow the default");
        (await _harness.PolicyService().ApplyDefaultAsync(No, Silent)).Should().Be(2);
    }
}
