using LinqToDB;
using LinqToDB.Data;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services.Repair;
using Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;
using Nop.Services.Localization;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Policy.PolicyData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Repair;

/// <summary>
/// The stock doctor on every database: each reason found by its set-based query exactly where the pure rules say, each
/// fix changing exactly those rows (and only while the reason still applies), with the record's flags, following
/// combinations, nopCommerce's stock-history note, cache keys and one event per batch.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class StockDoctorDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const BackorderMode No = BackorderMode.NoBackorders;
    private const BackorderMode Silent = BackorderMode.AllowQtyBelow0;
    private const BackorderMode Notify = BackorderMode.AllowQtyBelow0AndNotifyCustomer;

    private PolicyHarness _harness;
    private Mock<Nop.Services.Logging.ICustomerActivityService> _activity;

    [SetUp]
    public void CreateHarness()
    {
        _harness = new PolicyHarness(Database);
        _activity = new Mock<Nop.Services.Logging.ICustomerActivityService>();
    }

    private StockDoctorService Doctor()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => BackordersLocaleResources.English.GetValueOrDefault(key, key));
        return new StockDoctorService(_harness.DataProvider, _harness.Publisher.Object, localization.Object, _harness.Settings.Object,
            _harness.Cache.Object, new StockDoctorStatements(_harness.Dialect), _activity.Object);
    }

    private static StockDoctorScope Scope(BackorderMode defaultPolicy = Notify, int defaultLimit = 0, int vendorId = 0) =>
        new(defaultPolicy, defaultLimit, vendorId);

    /// <summary>
    /// One product per case, tagged in VendorId; its own record when <c>ownPolicy</c> (chose its policy) or flags are given.
    /// </summary>
    private static readonly (int Tag, BackorderMode Mode, bool OwnPolicy, LowStockFlags Flags, int? Limit, Action<Product> Change, StockDoctorReason[] Expected)[] Cases =
    [
        (1, Silent, true, LowStockFlags.None, null, p => { }, []),                                                       // healthy
        (2, Silent, true, LowStockFlags.BuyButtonDisabled, null, p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; },
            [StockDoctorReason.BuyButtonDisabledByLowStock]),
        (3, Silent, true, LowStockFlags.None, null, p => p.DisableBuyButton = true, [StockDoctorReason.BuyButtonDisabledByAdmin]),
        (4, Silent, true, LowStockFlags.None, null, p => p.DisableWishlistButton = true, [StockDoctorReason.BuyButtonDisabledByAdmin]),
        (5, Silent, true, LowStockFlags.Unpublished, null, p => p.Published = false, [StockDoctorReason.UnpublishedByLowStock]),
        (6, Silent, true, LowStockFlags.None, null, p => p.Published = false, [StockDoctorReason.UnpublishedByAdmin]),
        (7, No, false, LowStockFlags.None, null, p => { }, [StockDoctorReason.DefaultNotApplied]),                      // follows "Notify", carries No
        (8, Silent, false, LowStockFlags.None, null, p => { }, [StockDoctorReason.DefaultNotApplied]),                  // follows "Notify", carries Silent
        (9, Silent, true, LowStockFlags.None, null, p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.DontManageStock,
            [StockDoctorReason.InventoryNotManaged]),
        (10, Notify, true, LowStockFlags.None, null, p => p.DisplayStockAvailability = false, [StockDoctorReason.StockAvailabilityHidden]),
        (11, Silent, true, LowStockFlags.None, null, p => p.DisplayStockAvailability = false, []),                      // not told anyway
        (12, Silent, true, LowStockFlags.None, 5, p => p.StockQuantity = -5, [StockDoctorReason.BackorderLimitUsedUp]),
        (13, Silent, true, LowStockFlags.None, 5, p => p.StockQuantity = -4, []),
        (14, Silent, true, LowStockFlags.None, 0, p => p.StockQuantity = -500, []),                                     // unlimited
        (15, No, true, LowStockFlags.BuyButtonDisabled, null, p => { p.DisableBuyButton = true; p.Published = false; }, []), // no backorders: not the doctor's
        (16, Silent, true, LowStockFlags.BuyButtonDisabled | LowStockFlags.Unpublished, null,
            p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; p.Published = false; },
            [StockDoctorReason.BuyButtonDisabledByLowStock, StockDoctorReason.UnpublishedByLowStock]),
        (17, Silent, true, LowStockFlags.BuyButtonDisabled, null, p => { p.DisableBuyButton = true; p.Deleted = true; }, []), // deleted
        (18, Notify, false, LowStockFlags.BuyButtonDisabled, null, p => { p.DisableBuyButton = true; p.DisplayStockAvailability = false; },
            [StockDoctorReason.BuyButtonDisabledByLowStock, StockDoctorReason.StockAvailabilityHidden]), // follows the default, with flags
    ];

    private async Task<Dictionary<int, int>> SeedAsync()
    {
        // Shown as nopCommerce's admin creates products: stock availability displayed.
        await BulkInsertAsync(Database, Cases.Select(c => NewProduct(c.Tag, c.Mode, p => { p.DisplayStockAvailability = true; c.Change(p); })));
        var ids = ProductIdsByTag(Database);
        await BulkInsertAsync(Database, Cases.Where(c => c.OwnPolicy || c.Flags != LowStockFlags.None || c.Limit is not null)
            .Select(c => { var row = Row(ids[c.Tag], usesDefault: !c.OwnPolicy, c.Flags); row.BackorderLimit = c.Limit; return row; }));
        return ids;
    }

    private async Task<Dictionary<StockDoctorReason, List<int>>> FoundAsync(StockDoctorScope scope)
    {
        var doctor = Doctor();
        var found = new Dictionary<StockDoctorReason, List<int>>();
        foreach (var reason in StockDoctorRules.All)
            found[reason] = (await doctor.ListAsync(reason, scope, 0, 500)).Select(f => f.CombinationId > 0 ? f.CombinationId : f.ProductId).ToList();
        return found;
    }

    [Test]
    public async Task Each_reason_is_found_exactly_where_it_applies()
    {
        var ids = await SeedAsync();
        var scope = Scope(Notify, defaultLimit: 100);

        var found = await FoundAsync(scope);

        foreach (var reason in StockDoctorRules.ProductReasons)
        {
            var expected = Cases.Where(c => c.Expected.Contains(reason)).Select(c => ids[c.Tag]).Order();
            found[reason].Should().Equal(expected, $"reason {reason}");
        }

        var counts = await Doctor().CountAsync(scope);
        counts.Should().Equal(found.Select(f => new StockDoctorCount(f.Key, f.Value.Count)));
    }

    [Test]
    public async Task The_queries_agree_with_the_pure_rules_for_every_product()
    {
        var ids = await SeedAsync();
        var scope = Scope(Notify, defaultLimit: 100);
        var found = await FoundAsync(scope);
        var settings = RowsByProductId(Database);

        foreach (var product in ProductsByTag(Database).Values.Where(p => !p.Deleted))
        {
            settings.TryGetValue(product.Id, out var record);
            var facts = new StockDoctorProductFacts((BackorderMode)product.BackorderModeId, record is not { UsesDefaultPolicy: false }, scope.DefaultPolicy,
                (ManageInventoryMethod)product.ManageInventoryMethodId, product.DisableBuyButton, product.DisableWishlistButton, product.Published,
                product.DisplayStockAvailability, (LowStockFlags)(record?.LowStockFlagsSetByActivity ?? 0), product.StockQuantity,
                record?.BackorderLimit ?? scope.DefaultLimit);
            var byQuery = found.Where(f => f.Value.Contains(product.Id)).Select(f => f.Key).Order();
            byQuery.Should().Equal(StockDoctorRules.Diagnose(facts), $"product {product.VendorId}");
        }
    }

    [Test]
    public async Task A_default_that_does_not_allow_backorders_leaves_the_products_that_follow_it_alone()
    {
        var ids = await SeedAsync();

        var found = await FoundAsync(Scope(No));

        found[StockDoctorReason.DefaultNotApplied].Should().BeEmpty();
        found[StockDoctorReason.BuyButtonDisabledByLowStock].Should().Equal([ids[2], ids[16]], "product 18 follows a default without backorders");
    }

    [Test]
    public async Task Fix_all_by_default_fixes_what_the_low_stock_activity_and_the_plugin_set_and_nothing_an_admin_set()
    {
        var ids = await SeedAsync();
        var combination = await InsertCombinationAsync(ids[7], allow: false);
        var scope = Scope(Notify);

        var fixedCount = await Doctor().FixAllAsync(null, scope);

        fixedCount.Should().Be(7, "2, 16 and 18 (buttons), 5 and 16 (published), 7 and 8 (default)");
        var products = ProductsByTag(Database);
        (products[2].DisableBuyButton, products[2].DisableWishlistButton).Should().Be((false, false));
        (products[16].DisableBuyButton, products[16].Published).Should().Be((false, true));
        products[5].Published.Should().BeTrue();
        products[7].BackorderModeId.Should().Be((int)Notify);
        products[8].BackorderModeId.Should().Be((int)Notify);
        products[3].DisableBuyButton.Should().BeTrue("an admin disabled it: only fixed when ticked");
        products[6].Published.Should().BeFalse();
        products[9].ManageInventoryMethodId.Should().Be((int)ManageInventoryMethod.DontManageStock);
        products[10].DisplayStockAvailability.Should().BeFalse();
        products[15].DisableBuyButton.Should().BeTrue("its policy does not allow backorders");
        products[17].DisableBuyButton.Should().BeTrue("deleted");
        Combination(combination).AllowOutOfStockOrders.Should().BeTrue("it follows product 7, which now has the default");

        var records = RowsByProductId(Database);
        records[ids[2]].LowStockFlagsSetByActivity.Should().Be(0);
        records[ids[16]].LowStockFlagsSetByActivity.Should().Be(0);
        records[ids[18]].LowStockFlagsSetByActivity.Should().Be(0);

        var found = await FoundAsync(scope);
        found.Where(f => StockDoctorRules.FixedByDefault(f.Key)).SelectMany(f => f.Value).Should().BeEmpty();
    }

    [Test]
    public async Task Each_fix_changes_its_reason_and_writes_a_stock_history_note_per_product()
    {
        var ids = await SeedAsync();
        var scope = Scope(Notify);
        var doctor = Doctor();

        foreach (var reason in StockDoctorRules.ProductReasons.Where(StockDoctorRules.CanFix))
        {
            var before = (await doctor.ListAsync(reason, scope, 0, 500)).Select(f => f.ProductId).ToList();
            var fixedCount = await doctor.FixSelectedAsync(reason, scope, before);
            fixedCount.Should().Be(before.Count, $"reason {reason}");
            (await doctor.ListAsync(reason, scope, 0, 500)).Should().BeEmpty($"reason {reason} is fixed");

            var note = BackordersLocaleResources.English[BackordersDefaults.ResourcePrefix + StockDoctorRules.ChangeResource(reason)];
            History().Where(h => h.Message == note).Select(h => (h.ProductId, h.QuantityAdjustment, h.CombinationId))
                .Should().BeEquivalentTo(before.Select(id => (id, 0, (int?)null)), $"reason {reason}");
        }

        var products = ProductsByTag(Database);
        products[9].ManageInventoryMethodId.Should().Be((int)ManageInventoryMethod.ManageStock);
        products[10].DisplayStockAvailability.Should().BeTrue();
        (products[3].DisableBuyButton, products[4].DisableWishlistButton, products[6].Published).Should().Be((false, false, true));
        products[12].StockQuantity.Should().Be(-5, "a used-up limit is listed, never switched");
        (await doctor.ListAsync(StockDoctorReason.BackorderLimitUsedUp, scope, 0, 10)).Should().ContainSingle();
        (await doctor.FixSelectedAsync(StockDoctorReason.BackorderLimitUsedUp, scope, [ids[12]])).Should().Be(0);
    }

    [Test]
    public async Task Combinations_that_follow_their_product_are_fixed_by_default_those_set_by_hand_when_ticked()
    {
        var product = (await InsertAsync(Database, NewProduct(1, Silent, p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStockByAttributes)))[0];
        await BulkInsertAsync(Database, [Row(product.Id, usesDefault: false)]);
        var stockByAttributesNoBackorders = (await InsertAsync(Database,
            NewProduct(2, No, p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStockByAttributes)))[0];
        await BulkInsertAsync(Database, [Row(stockByAttributesNoBackorders.Id, usesDefault: false)]);
        var following = await InsertCombinationAsync(product.Id, allow: false);
        var allowed = await InsertCombinationAsync(product.Id, allow: true);
        var ownValue = await InsertCombinationAsync(product.Id, allow: false);
        var otherProduct = await InsertCombinationAsync(stockByAttributesNoBackorders.Id, allow: false);
        await BulkInsertAsync(Database, [new CombinationBackorderSetting { CombinationId = ownValue, ProductId = product.Id }]);
        var scope = Scope(No);
        var doctor = Doctor();

        var found = await FoundAsync(scope);
        found[StockDoctorReason.CombinationNotFollowingProduct].Should().Equal(following);
        found[StockDoctorReason.CombinationSetByAdmin].Should().Equal(ownValue);
        var listed = (await doctor.ListAsync(StockDoctorReason.CombinationNotFollowingProduct, scope, 0, 10)).Single();
        (listed.ProductId, listed.CombinationId, listed.Name).Should().Be((product.Id, following, "Product 1"));

        (await doctor.FixAllAsync(null, scope)).Should().Be(1);
        Combination(following).AllowOutOfStockOrders.Should().BeTrue();
        Combination(ownValue).AllowOutOfStockOrders.Should().BeFalse("set by hand: only when ticked");
        Combination(otherProduct).AllowOutOfStockOrders.Should().BeFalse("its product does not allow backorders");
        History().Should().ContainSingle().Which.CombinationId.Should().Be(following);
        _harness.Published<StockDoctorFixedEvent>().Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new StockDoctorFixedEvent(StockDoctorReason.CombinationNotFollowingProduct, [product.Id], [following]));

        (await doctor.FixAllAsync([StockDoctorReason.CombinationSetByAdmin], scope)).Should().Be(1);
        Combination(ownValue).AllowOutOfStockOrders.Should().BeTrue();
        Combination(allowed).AllowOutOfStockOrders.Should().BeTrue();
    }

    [Test]
    public async Task Fix_selected_changes_only_the_selected_products_that_still_need_it()
    {
        var ids = await SeedAsync();
        var doctor = Doctor();

        // 3 is selected but an admin enabled its button meanwhile; 2 and 16 need it; 1 is healthy; 16 is not selected.
        Database.Execute($"UPDATE {Database.Quote("Product")} SET {Database.Quote("DisableBuyButton")} = {(Provider == DatabaseProvider.PostgreSql ? "false" : "0")} WHERE {Database.Quote("Id")} = {ids[3]}");
        var fixedCount = await doctor.FixSelectedAsync(StockDoctorReason.BuyButtonDisabledByLowStock, Scope(), [ids[2], ids[3], ids[1]]);

        fixedCount.Should().Be(1);
        var products = ProductsByTag(Database);
        products[2].DisableBuyButton.Should().BeFalse();
        products[16].DisableBuyButton.Should().BeTrue("not selected");
        History().Select(h => h.ProductId).Should().Equal(ids[2]);
        var fixedEvent = _harness.Published<StockDoctorFixedEvent>().Should().ContainSingle().Subject;
        fixedEvent.Should().BeEquivalentTo(new StockDoctorFixedEvent(StockDoctorReason.BuyButtonDisabledByLowStock, [ids[2]], []));
        _harness.RemovedCachePrefixes.Should().Contain("Nop.product.byids.");
        _harness.Cache.Invocations.Select(i => string.Join(" ", i.Arguments.Skip(1).SelectMany(a => a as object[] ?? [a])))
            .Should().Contain(ids[2].ToString()).And.NotContain(ids[16].ToString());
    }

    [Test]
    public async Task Fix_all_goes_in_batches_with_one_event_per_batch_and_reports_progress()
    {
        await BulkInsertAsync(Database, Enumerable.Range(1, 5).Select(tag => NewProduct(tag, Silent, p => p.DisableBuyButton = true)));
        var ids = ProductIdsByTag(Database);
        await BulkInsertAsync(Database, ids.Values.Select(id => Row(id, usesDefault: false, LowStockFlags.BuyButtonDisabled)));
        var doctor = Doctor();
        var batches = new List<StockDoctorBatch>();

        var batch = new StockDoctorBatch(StockDoctorReason.BuyButtonDisabledByLowStock, 0, 0, false);
        while (!batch.Done)
            batches.Add(batch = await doctor.FixNextBatchAsync(batch.Reason, Scope(), batch.NextAfterId, batchSize: 2));

        batches.Select(b => b.Fixed).Should().Equal(2, 2, 1);
        batches.Last().Done.Should().BeTrue();
        _harness.Published<StockDoctorFixedEvent>().Select(e => e.ProductIds.Count).Should().Equal(2, 2, 1);
        ProductsByTag(Database).Values.Should().OnlyContain(p => !p.DisableBuyButton);
    }

    [Test]
    public async Task A_fix_publishes_the_plugins_policy_event_with_the_products_fixed()
    {
        var ids = await SeedAsync();
        var doctor = Doctor();

        // The default applied: 7 carried No, 8 carried Silent; both now carry the default (Notify).
        await doctor.FixSelectedAsync(StockDoctorReason.DefaultNotApplied, Scope(Notify), [ids[7], ids[8]]);
        // Flags lifted: 2 and 16 keep their own policy (Silent); their buttons are enabled again.
        await doctor.FixSelectedAsync(StockDoctorReason.BuyButtonDisabledByLowStock, Scope(Notify), [ids[2], ids[16]]);

        _harness.Published<ProductsBackorderPolicyChangedEvent>().Should().BeEquivalentTo(new[]
        {
            new ProductsBackorderPolicyChangedEvent([ids[7]], No, Notify, []),
            new ProductsBackorderPolicyChangedEvent([ids[8]], Silent, Notify, []),
            new ProductsBackorderPolicyChangedEvent(new[] { ids[2], ids[16] }.Order().ToList(), Silent, Silent, new[] { ids[2], ids[16] }.Order().ToList())
        }, o => o.WithStrictOrdering());
        _harness.Published<StockDoctorFixedEvent>().Should().HaveCount(2, "the doctor's own event as well");
    }

    [Test]
    public async Task A_fix_writes_an_activity_log_entry_of_the_plugins_type_naming_what_changed()
    {
        var ids = await SeedAsync();

        await Doctor().FixSelectedAsync(StockDoctorReason.BuyButtonDisabledByLowStock, Scope(Notify), [ids[2], ids[16]]);

        var change = BackordersLocaleResources.English[BackordersDefaults.ResourcePrefix + StockDoctorRules.ChangeResource(StockDoctorReason.BuyButtonDisabledByLowStock)];
        var expected = string.Format(BackordersLocaleResources.English[BackordersDefaults.ResourcePrefix + "Doctor.ActivityLog"], 2, change,
            string.Join(", ", new[] { ids[2], ids[16] }.Order()));
        _activity.Verify(a => a.InsertActivityAsync(BackordersDefaults.StockDoctorActivityType, expected, null), Times.Once);
        _activity.VerifyNoOtherCalls();
    }

    [Test]
    public async Task The_activity_type_is_installed_once_and_removed_on_uninstall()
    {
        Database.CreateNopTables(typeof(Nop.Core.Domain.Logging.ActivityLogType));
        var types = Database.GetRepository<Nop.Core.Domain.Logging.ActivityLogType>();

        await StockDoctorActivityType.InstallAsync(types);
        await StockDoctorActivityType.InstallAsync(types);

        types.Table.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            SystemKeyword = BackordersDefaults.StockDoctorActivityType, Enabled = true,
            Name = BackordersLocaleResources.English[BackordersDefaults.ResourcePrefix + "Doctor.ActivityType"]
        });

        await StockDoctorActivityType.UninstallAsync(types);
        types.Table.Should().BeEmpty();
    }

    [Test]
    public async Task A_vendor_sees_and_fixes_only_its_own_products()
    {
        var ids = await SeedAsync();
        var doctor = Doctor();

        // Tags are vendor ids: vendor 2 owns product 2 only.
        (await doctor.ListAsync(StockDoctorReason.BuyButtonDisabledByLowStock, Scope(vendorId: 2), 0, 10)).Select(f => f.ProductId).Should().Equal(ids[2]);
        (await doctor.FixSelectedAsync(StockDoctorReason.BuyButtonDisabledByLowStock, Scope(vendorId: 2), [ids[2], ids[16]])).Should().Be(1);
        (await doctor.FixAllAsync(null, Scope(vendorId: 2))).Should().Be(0);

        ProductsByTag(Database)[16].DisableBuyButton.Should().BeTrue("another vendor's product");
    }

    [Test]
    public async Task Lists_page_in_the_database()
    {
        await BulkInsertAsync(Database, Enumerable.Range(1, 7).Select(tag => NewProduct(tag, Silent, p => { p.Published = false; p.Sku = "SKU-" + tag; })));
        var ids = ProductIdsByTag(Database);
        await BulkInsertAsync(Database, ids.Values.Select(id => Row(id, usesDefault: false)));

        var page = await Doctor().ListAsync(StockDoctorReason.UnpublishedByAdmin, Scope(), skip: 3, take: 3);

        page.Select(f => f.Sku).Should().Equal("SKU-4", "SKU-5", "SKU-6");
    }

    private async Task<int> InsertCombinationAsync(int productId, bool allow)
    {
        var combination = new ProductAttributeCombination { ProductId = productId, AttributesXml = "<Attributes />", AllowOutOfStockOrders = allow, StockQuantity = 0 };
        await Database.GetRepository<ProductAttributeCombination>().InsertAsync(combination, publishEvent: false);
        return combination.Id;
    }

    private ProductAttributeCombination Combination(int id)
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<ProductAttributeCombination>().Single(c => c.Id == id);
    }

    private List<StockQuantityHistory> History()
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<StockQuantityHistory>().OrderBy(h => h.Id).ToList();
    }
}
