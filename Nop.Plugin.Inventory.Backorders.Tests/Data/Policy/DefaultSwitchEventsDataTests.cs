using System.Reflection;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Policy.PolicyData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

/// <summary>
/// What a default switch (set-based statements, no entity events) tells the rest of the store, on every database: one
/// <see cref="ProductsBackorderPolicyChangedEvent"/> per batch with exactly the changed product ids, nopCommerce's own
/// cache keys cleared for them, and flag-lifting statements only where flags are recorded.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class DefaultSwitchEventsDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const BackorderMode No = BackorderMode.NoBackorders;
    private const BackorderMode Silent = BackorderMode.AllowQtyBelow0;
    private const BackorderMode Notify = BackorderMode.AllowQtyBelow0AndNotifyCustomer;

    private PolicyHarness _harness;

    [SetUp]
    public void CreateHarness() => _harness = new PolicyHarness(Database);

    [Test]
    public async Task One_event_per_batch_carries_exactly_the_products_changed_in_it()
    {
        // Batches are (0, 10000], (10000, 20000], (20000, 25000].
        await BulkInsertAsync(Database, new[]
        {
            NewProduct(1, No, p => p.Id = 1), NewProduct(2, No, p => p.Id = 9_999),
            NewProduct(3, No, p => p.Id = 10_000),                        // chose its own "No"
            NewProduct(4, No, p => p.Id = 10_001),
            NewProduct(5, No, p => { p.Id = 20_000; p.Deleted = true; }), // deleted
            NewProduct(6, Notify, p => p.Id = 25_000)                     // already at the new default
        }, keepIdentity: true);
        await BulkInsertAsync(Database, [Row(10_000, usesDefault: false), Row(10_001, usesDefault: true)]);

        var updated = await _harness.PolicyService().ApplyDefaultAsync(No, Notify);

        updated.Should().Be(3);
        var events = _harness.Published<ProductsBackorderPolicyChangedEvent>();
        events.Select(e => (e.OldPolicy, e.NewPolicy, string.Join(",", e.ProductIds.Order()), e.ProductIdsWithFlagsLifted.Count))
            .Should().Equal((No, Notify, "1,9999", 0), (No, Notify, "10001", 0));
        _harness.Published<DefaultBackorderPolicyChangedEvent>().Should().Equal(new DefaultBackorderPolicyChangedEvent(No, Notify, 3));
    }

    [Test]
    public async Task A_switch_that_changes_nothing_publishes_no_batch_event()
    {
        await InsertAsync(Database, NewProduct(1, Notify));

        (await _harness.PolicyService().ApplyDefaultAsync(No, Notify)).Should().Be(0);

        _harness.Published<ProductsBackorderPolicyChangedEvent>().Should().BeEmpty();
        _harness.Cache.Invocations.Should().BeEmpty("nothing changed, so no cache entry is stale");
    }

    [Test]
    public async Task Clears_the_cache_keys_nopCommerces_product_and_combination_consumers_clear()
    {
        await InsertAsync(Database, NewProduct(1, No), NewProduct(2, No), NewProduct(3, Silent, p => p.Published = false));
        var ids = ProductIdsByTag(Database);
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(
            Row(ids[3], usesDefault: false, LowStockFlags.Unpublished), publishEvent: false);
        var combination = new ProductAttributeCombination { ProductId = ids[1], AttributesXml = "<Attributes />", AllowOutOfStockOrders = false };
        await Database.GetRepository<ProductAttributeCombination>().InsertAsync(combination, publishEvent: false);

        await _harness.PolicyService().ApplyDefaultAsync(No, Notify);

        // Written from Nop.Services/Catalog/Caching/ProductCacheEventConsumer.cs, ProductAttributeCombinationCacheEventConsumer.cs
        // and Nop.Services/Caching/CacheEventConsumer.cs (update): per product or combination, plus the keys that depend on neither.
        // Products 1 and 2 changed policy; product 3 (own "Yes") was published again.
        var expected = new List<string>
        {
            "RemoveAsync Nop.product.homepage.", "RemoveByPrefixAsync Nop.shoppingcartitem.all.", "RemoveByPrefixAsync Nop.product.featured.",
            "RemoveByPrefixAsync Nop.product.byids.", "RemoveByPrefixAsync Nop.product.all.",
            "RemoveByPrefixAsync Nop.productattributecombination.byids.", "RemoveByPrefixAsync Nop.productattributecombination.all.",
            $"RemoveAsync Nop.productattributecombination.byid.{{0}} {combination.Id}",
            $"RemoveAsync Nop.productattributemapping.byproduct.{{0}} {ids[1]}",
            $"RemoveAsync Nop.productattributecombination.byproduct.{{0}} {ids[1]}",
            $"RemoveByPrefixAsync Nop.totals.productprice.multiple.{{0}} {ids[1]}"
        };
        foreach (var id in new[] { ids[1], ids[2], ids[3] })
        {
            expected.Add($"RemoveByPrefixAsync Nop.productmanufacturer.byproduct.{{0}} {id}");
            expected.Add($"RemoveByPrefixAsync Nop.totals.productprice.{{0}} {id}");
            expected.Add($"RemoveByPrefixAsync Nop.totals.productprice.multiple.{{0}} {id}");
            expected.Add($"RemoveAsync Nop.discount.applied.{{0}}-{{1}} Product,{id}");
            expected.Add($"RemoveAsync Nop.product.byid.{{0}} {id}");
        }

        var cleared = _harness.Cache.Invocations.Select(i => $"{i.Method.Name} {Describe(i.Arguments)}").ToList();
        cleared.Should().BeEquivalentTo(expected);
        cleared.Should().NotContain(c => c.EndsWith(" Nop.product.") || c.EndsWith(" Nop.productattributecombination."),
            "nopCommerce's consumers clear these keys, not every product entry");
        _harness.Published<ProductsBackorderPolicyChangedEvent>().Should().ContainSingle().Which.ProductIdsWithFlagsLifted.Should().Equal(ids[3]);
    }

    [Test]
    public async Task Without_recorded_flags_no_flag_statement_runs()
    {
        await InsertAsync(Database, NewProduct(1, No, p => { p.DisableBuyButton = true; p.Published = false; }), NewProduct(2, No));
        var recorded = new List<string>();
        var service = _harness.PolicyServiceWith(RecordingDataProvider.Wrap(_harness.DataProvider, recorded));

        (await service.ApplyDefaultAsync(No, Notify)).Should().Be(2);

        // Per batch: one statement for the products and one for their combinations; no flags are recorded, so no other.
        recorded.Should().NotBeEmpty().And.OnlyContain(sql => sql.Contains("SET " + _harness.Dialect.Q("BackorderModeId")) ||
                                                             sql.Contains("SET " + _harness.Dialect.Q("AllowOutOfStockOrders")));
        var product = ProductsByTag(Database)[1];
        (product.DisableBuyButton, product.Published).Should().Be((true, false), "flags nobody recorded are the admin's");
    }

    [Test]
    public async Task Recorded_flags_are_lifted_exactly_where_recorded_in_every_batch()
    {
        await BulkInsertAsync(Database, new[]
        {
            NewProduct(1, No, p => { p.Id = 5; p.DisableBuyButton = true; p.DisableWishlistButton = true; }),
            NewProduct(2, No, p => { p.Id = 15_000; p.Published = false; }),
            NewProduct(3, No, p => { p.Id = 15_001; p.Published = false; p.DisableBuyButton = true; }), // not recorded: the admin's
            NewProduct(4, No, p => { p.Id = 24_000; p.Published = false; })                              // recorded, own "No"
        }, keepIdentity: true);
        await BulkInsertAsync(Database, [
            Row(5, true, LowStockFlags.BuyButtonDisabled), Row(15_000, true, LowStockFlags.Unpublished),
            Row(24_000, false, LowStockFlags.Unpublished)
        ]);

        await _harness.PolicyService().ApplyDefaultAsync(No, Silent);

        var products = ProductsByTag(Database);
        (products[1].DisableBuyButton, products[1].DisableWishlistButton, products[2].Published).Should().Be((false, false, true));
        (products[3].Published, products[3].DisableBuyButton).Should().Be((false, true));
        (products[4].Published, products[4].BackorderMode).Should().Be((false, No));
        RowsByProductId(Database).ToDictionary(r => r.Key, r => r.Value.LowStockFlagsSetByActivity)
            .Should().Equal(new Dictionary<int, int> { [5] = 0, [15_000] = 0, [24_000] = (int)LowStockFlags.Unpublished });
        _harness.Published<ProductsBackorderPolicyChangedEvent>().SelectMany(e => e.ProductIdsWithFlagsLifted).Should().Equal(5, 15_000);
    }

    private static string Describe(IReadOnlyList<object> arguments)
    {
        var key = arguments[0] is CacheKey cacheKey ? cacheKey.Key : (string)arguments[0];
        var parameters = (object[])arguments[1];
        return parameters.Length == 0 ? key : $"{key} {string.Join(",", parameters)}";
    }

    /// <summary>An <see cref="INopDataProvider"/> that records the SQL it is given and passes it on.</summary>
    public class RecordingDataProvider : DispatchProxy
    {
        private INopDataProvider _inner;
        private List<string> _sql;

        public static INopDataProvider Wrap(INopDataProvider inner, List<string> sql)
        {
            var proxy = Create<INopDataProvider, RecordingDataProvider>();
            var recording = (RecordingDataProvider)(object)proxy;
            recording._inner = inner;
            recording._sql = sql;
            return proxy;
        }

        protected override object Invoke(MethodInfo targetMethod, object[] args)
        {
            if (args?.Length > 0 && args[0] is string sql)
                _sql.Add(sql);
            return targetMethod!.Invoke(_inner, args);
        }
    }
}
