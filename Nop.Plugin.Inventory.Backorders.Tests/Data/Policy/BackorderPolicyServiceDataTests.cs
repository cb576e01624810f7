using LinqToDB;
using LinqToDB.Data;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Policy.PolicyData;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

/// <summary>
/// <see cref="BackorderPolicyService"/> against a real database on every provider: real repositories, the harness's
/// INopDataProvider and the plugin's own statements in the provider's dialect; events, cache and settings are mocks.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class BackorderPolicyServiceDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const BackorderMode No = BackorderMode.NoBackorders;
    private const BackorderMode Silent = BackorderMode.AllowQtyBelow0;
    private const BackorderMode Notify = BackorderMode.AllowQtyBelow0AndNotifyCustomer;

    private PolicyHarness _harness;

    [SetUp]
    public void CreateHarness() => _harness = new PolicyHarness(Database);

    #region (a) ApplyDefaultAsync over several batches

    /// <summary>Products in the big catalog, by tag % 10.</summary>
    private enum Kind { ExplicitRow, FollowsWithRow, SoftDeleted, AlreadyAtNewDefault, FollowsWithoutRow }

    private static Kind KindOf(int tag) => (tag % 10) switch
    {
        0 => Kind.ExplicitRow,
        1 => Kind.FollowsWithRow,
        2 => Kind.SoftDeleted,
        3 => Kind.AlreadyAtNewDefault,
        _ => Kind.FollowsWithoutRow
    };

    [Test]
    public async Task ApplyDefault_switches_exactly_the_products_that_follow_the_default_across_batches()
    {
        const int n = 25_000;
        await BulkInsertAsync(Database, Enumerable.Range(1, n).Select(tag => KindOf(tag) switch
        {
            // Explicit choices: half of them "No" (which the new default must not override), half "Yes - tell customers".
            Kind.ExplicitRow => NewProduct(tag, tag % 20 == 0 ? Notify : No),
            Kind.SoftDeleted => NewProduct(tag, No, p => p.Deleted = true),
            Kind.AlreadyAtNewDefault => NewProduct(tag, Silent),
            _ => NewProduct(tag, No)
        }));
        var ids = ProductIdsByTag(Database);
        await BulkInsertAsync(Database, ids
            .Where(t => KindOf(t.Key) is Kind.ExplicitRow or Kind.FollowsWithRow)
            .Select(t => Row(t.Value, usesDefault: KindOf(t.Key) == Kind.FollowsWithRow)));
        var before = ProductsByTag(Database);
        var rowsBefore = RowsByProductId(Database);
        before.Should().HaveCount(n);
        rowsBefore.Should().HaveCount(n / 10 * 2);
        var (minId, maxId) = (ids.Values.Min(), ids.Values.Max());
        (maxId / BackorderPolicyService.BatchSize - minId / BackorderPolicyService.BatchSize).Should().BeGreaterThanOrEqualTo(2,
            "the ids must cross at least two batch boundaries");
        var expectedCount = Enumerable.Range(1, n).Count(t => KindOf(t) is Kind.FollowsWithRow or Kind.FollowsWithoutRow);
        expectedCount.Should().Be(17_500);
        Database.Events.Clear();
        var progress = new ProgressLog();

        var updated = await _harness.PolicyService().ApplyDefaultAsync(No, Silent, progress);

        updated.Should().Be(expectedCount);
        var after = ProductsByTag(Database);
        var wrong = Enumerable.Range(1, n).Where(tag => after[tag].BackorderMode != KindOf(tag) switch
        {
            Kind.ExplicitRow or Kind.SoftDeleted => before[tag].BackorderMode,
            _ => Silent
        }).ToList();
        wrong.Should().BeEmpty("every product that follows the default (no row, or UsesDefaultPolicy) gets it; explicit and deleted keep theirs");
        Enumerable.Range(1, n).Count(tag => after[tag].BackorderMode != before[tag].BackorderMode).Should().Be(expectedCount);
        after.Values.Where(p => p.Deleted).Should().HaveCount(n / 10).And.OnlyContain(p => p.BackorderMode == No);
        after.Values.Should().OnlyContain(p => p.Published && !p.DisableBuyButton && p.UpdatedOnUtc == Created && p.StockQuantity == 10,
            "only BackorderModeId is written");
        RowsByProductId(Database).Values.Select(RowState).OrderBy(r => r.ProductId)
            .Should().Equal(rowsBefore.Values.Select(RowState).OrderBy(r => r.ProductId), "rows without recorded flags are not touched");

        progress.Values.Should().HaveCount((maxId + BackorderPolicyService.BatchSize - 1) / BackorderPolicyService.BatchSize)
            .And.BeInAscendingOrder().And.HaveCountGreaterThanOrEqualTo(3);
        progress.Values[^1].Should().Be(expectedCount);
        _harness.Published<DefaultBackorderPolicyChangedEvent>().Should().Equal(new DefaultBackorderPolicyChangedEvent(No, Silent, expectedCount));
        _harness.Published<ProductsBackorderPolicyChangedEvent>().SelectMany(e => e.ProductIds)
            .Should().BeEquivalentTo(Enumerable.Range(1, n).Where(tag => after[tag].BackorderMode != before[tag].BackorderMode).Select(tag => ids[tag]),
                "the statements bypass the repository, so the changed products are announced by id");
        Database.Events.Should().BeEmpty("set-based: no entity is loaded or saved one by one");

        // And back: now the products that were already at "Yes" follow the default too and switch as well.
        var back = await _harness.PolicyService().ApplyDefaultAsync(Silent, No);

        back.Should().Be(expectedCount + n / 10);
        var final = ProductsByTag(Database);
        Enumerable.Range(1, n).Where(tag => final[tag].BackorderMode != (KindOf(tag) == Kind.ExplicitRow ? before[tag].BackorderMode : No))
            .Should().BeEmpty();
        _harness.Published<DefaultBackorderPolicyChangedEvent>()[^1].Should().Be(new DefaultBackorderPolicyChangedEvent(Silent, No, expectedCount + n / 10));
    }

    private static (int ProductId, bool UsesDefault, int Flags, DateTime UpdatedOnUtc) RowState(ProductBackorderSetting r) =>
        (r.ProductId, r.UsesDefaultPolicy, r.LowStockFlagsSetByActivity, r.UpdatedOnUtc);

    [Test]
    public async Task ApplyDefault_batches_include_both_ends_of_every_id_range()
    {
        int[] ids = [1, 9_999, 10_000, 10_001, 19_999, 20_000, 20_001, 25_000];
        await BulkInsertAsync(Database, ids.Select(id => NewProduct(id, No, p => p.Id = id)), keepIdentity: true);
        await BulkInsertAsync(Database, [Row(10_000, false), Row(20_001, false)]);

        var updated = await _harness.PolicyService().ApplyDefaultAsync(No, Notify);

        updated.Should().Be(6);
        ProductsByTag(Database).Values.Where(p => p.BackorderMode == Notify).Select(p => p.Id)
            .Should().BeEquivalentTo([1, 9_999, 10_001, 19_999, 20_000, 25_000]);
    }

    [Test]
    public async Task ApplyDefault_on_an_empty_catalog_changes_nothing_and_still_reports()
    {
        var updated = await _harness.PolicyService().ApplyDefaultAsync(No, Notify);

        updated.Should().Be(0);
        _harness.Published<DefaultBackorderPolicyChangedEvent>().Should().Equal(new DefaultBackorderPolicyChangedEvent(No, Notify, 0));
    }

    [Test]
    public async Task ApplyDefault_stops_between_batches_when_cancelled()
    {
        await InsertAsync(Database, NewProduct(1));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var apply = () => _harness.PolicyService().ApplyDefaultAsync(No, Silent, cancellationToken: cancelled.Token);

        await apply.Should().ThrowAsync<OperationCanceledException>();
        ProductsByTag(Database)[1].BackorderMode.Should().Be(No);
        _harness.Published<DefaultBackorderPolicyChangedEvent>().Should().BeEmpty();
    }

    #endregion

    #region (b) lifting the flags the low-stock activity set

    [Test]
    public async Task Switching_to_a_backorder_default_lifts_only_the_flags_the_activity_recorded_and_forgets_them()
    {
        await InsertAsync(Database,
            NewProduct(1, No, p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; }),     // activity: buy button
            NewProduct(2, No, p => p.Published = false),                                               // activity: unpublished
            NewProduct(3, No, p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; p.Published = false; }), // activity: both
            NewProduct(4, No, p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; p.Published = false; }), // admin, no row
            NewProduct(5, No, p => { p.DisableBuyButton = true; p.Published = false; }),               // admin, row without bits
            NewProduct(6, No, p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; p.Published = false; }), // activity: buy button; admin: unpublished
            NewProduct(7, No, p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; }),     // own "No", activity: buy button
            NewProduct(8, Notify, p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; })  // own "Yes", admin flags
        );
        var ids = ProductIdsByTag(Database);
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync([
            Row(ids[1], true, LowStockFlags.BuyButtonDisabled),
            Row(ids[2], true, LowStockFlags.Unpublished),
            Row(ids[3], true, LowStockFlags.BuyButtonDisabled | LowStockFlags.Unpublished),
            Row(ids[5], true),
            Row(ids[6], true, LowStockFlags.BuyButtonDisabled),
            Row(ids[7], false, LowStockFlags.BuyButtonDisabled),
            Row(ids[8], false)
        ], publishEvent: false);

        var updated = await _harness.PolicyService().ApplyDefaultAsync(No, Notify);

        updated.Should().Be(6);
        var products = ProductsByTag(Database);
        var rows = RowsByProductId(Database);
        Flags(products[1]).Should().Be((Notify, false, false, true));
        Flags(products[2]).Should().Be((Notify, false, false, true));
        Flags(products[3]).Should().Be((Notify, false, false, true));
        Flags(products[4]).Should().Be((Notify, true, true, false), "flags an admin set (no recorded bits) stay");
        Flags(products[5]).Should().Be((Notify, true, false, false), "flags an admin set (row with no bits) stay");
        Flags(products[6]).Should().Be((Notify, false, false, false), "only the buy button was the activity's doing");
        Flags(products[7]).Should().Be((No, true, true, true), "its own policy still forbids backorders");
        Flags(products[8]).Should().Be((Notify, true, true, true));
        foreach (var tag in new[] { 1, 2, 3, 5, 6, 8 })
            rows[ids[tag]].LowStockFlagsSetByActivity.Should().Be(0, $"product {tag}'s lifted flags are forgotten");
        rows[ids[7]].LowStockFlagsSetByActivity.Should().Be((int)LowStockFlags.BuyButtonDisabled);
        _harness.Published<ProductsBackorderPolicyChangedEvent>().Should().ContainSingle()
            .Which.ProductIdsWithFlagsLifted.Should().BeEquivalentTo([ids[1], ids[2], ids[3], ids[6]]);
        rows.Values.Select(r => (r.ProductId, r.UsesDefaultPolicy)).Should().BeEquivalentTo(
            new[] { 1, 2, 3, 5, 6 }.Select(t => (ids[t], true)).Concat([(ids[7], false), (ids[8], false)]));
    }

    [Test]
    public async Task Switching_to_no_backorders_lifts_nothing_and_keeps_the_recorded_flags()
    {
        await InsertAsync(Database, NewProduct(1, Silent, p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; p.Published = false; }));
        var ids = ProductIdsByTag(Database);
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(
            Row(ids[1], true, LowStockFlags.BuyButtonDisabled | LowStockFlags.Unpublished), publishEvent: false);

        (await _harness.PolicyService().ApplyDefaultAsync(Silent, No)).Should().Be(1);

        Flags(ProductsByTag(Database)[1]).Should().Be((No, true, true, false));
        RowsByProductId(Database)[ids[1]].LowStockFlagsSetByActivity.Should().Be(3);
    }

    private static (BackorderMode Mode, bool DisableBuyButton, bool DisableWishlistButton, bool Published) Flags(Product p) =>
        (p.BackorderMode, p.DisableBuyButton, p.DisableWishlistButton, p.Published);

    #endregion

    #region ChangeDefaultAsync (settings mocked)

    [Test]
    public async Task ChangeDefault_saves_the_settings_and_applies_a_changed_policy()
    {
        var settings = new BackorderSettings { DefaultBackorderMode = No, DefaultBackorderLimit = 0 };
        _harness.Settings.Setup(s => s.LoadSettingAsync<BackorderSettings>(0)).ReturnsAsync(settings);
        await InsertAsync(Database, NewProduct(1), NewProduct(2), NewProduct(3, Notify));
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(Row(ProductIdsByTag(Database)[3], usesDefault: false), publishEvent: false);

        var changed = await _harness.PolicyService().ChangeDefaultAsync(Silent, 7);

        changed.Should().Be(2);
        _harness.Settings.Verify(s => s.SaveSettingAsync(It.Is<BackorderSettings>(x =>
            x.DefaultBackorderMode == Silent && x.DefaultBackorderLimit == 7), 0), Times.Once);
        var products = ProductsByTag(Database);
        (products[1].BackorderMode, products[2].BackorderMode, products[3].BackorderMode).Should().Be((Silent, Silent, Notify));
        _harness.Published<DefaultBackorderPolicyChangedEvent>().Should().Equal(new DefaultBackorderPolicyChangedEvent(No, Silent, 2));
    }

    [Test]
    public async Task ChangeDefault_with_the_same_policy_only_saves_the_limit()
    {
        _harness.Settings.Setup(s => s.LoadSettingAsync<BackorderSettings>(0))
            .ReturnsAsync(new BackorderSettings { DefaultBackorderMode = Silent, DefaultBackorderLimit = 3 });
        await InsertAsync(Database, NewProduct(1));

        (await _harness.PolicyService().ChangeDefaultAsync(Silent, 9)).Should().Be(0);

        _harness.Settings.Verify(s => s.SaveSettingAsync(It.Is<BackorderSettings>(x => x.DefaultBackorderLimit == 9), 0), Times.Once);
        ProductsByTag(Database)[1].BackorderMode.Should().Be(No, "the policy did not change, so no product is touched");
        _harness.Published<DefaultBackorderPolicyChangedEvent>().Should().BeEmpty();
    }

    #endregion

    #region (c) ClassifyNewProductAsync

    [Test]
    public async Task A_new_product_without_backorders_follows_the_default_without_a_row()
    {
        var product = (await InsertAsync(Database, NewProduct(1, No)))[0];

        await _harness.PolicyService().ClassifyNewProductAsync(product, Notify);

        ProductsByTag(Database)[1].BackorderMode.Should().Be(Notify);
        RowsByProductId(Database).Should().BeEmpty("a product without a row follows the default");
        (await _harness.PolicyService().UsesDefaultAsync(product.Id)).Should().BeTrue();
        _harness.Published<ProductBackorderPolicyChangedEvent>().Should().Equal(new ProductBackorderPolicyChangedEvent(product.Id, No, Notify, true));
    }

    [Test]
    public async Task A_new_product_without_backorders_under_a_no_backorders_default_is_left_alone()
    {
        var product = (await InsertAsync(Database, NewProduct(1, No)))[0];
        Database.Events.Clear();

        await _harness.PolicyService().ClassifyNewProductAsync(product, No);

        ProductsByTag(Database)[1].BackorderMode.Should().Be(No);
        RowsByProductId(Database).Should().BeEmpty();
        Database.Events.Should().BeEmpty();
        _harness.Published<ProductBackorderPolicyChangedEvent>().Should().BeEmpty();
    }

    [Test]
    public async Task A_new_product_created_with_a_backorder_policy_keeps_it_as_its_own_choice()
    {
        var product = (await InsertAsync(Database, NewProduct(1, Silent)))[0];

        await _harness.PolicyService().ClassifyNewProductAsync(product, No);

        ProductsByTag(Database)[1].BackorderMode.Should().Be(Silent);
        RowsByProductId(Database).Values.Should().ContainSingle()
            .Which.Should().Match<ProductBackorderSetting>(r => r.ProductId == product.Id && !r.UsesDefaultPolicy && r.LowStockFlagsSetByActivity == 0);
        (await _harness.PolicyService().UsesDefaultAsync(product.Id)).Should().BeFalse();

        // A later default switch leaves it alone.
        (await _harness.PolicyService().ApplyDefaultAsync(No, Notify)).Should().Be(0);
        ProductsByTag(Database)[1].BackorderMode.Should().Be(Silent);
    }

    [Test]
    public async Task A_product_that_already_has_a_row_is_not_classified_again()
    {
        var product = (await InsertAsync(Database, NewProduct(1, No)))[0];
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(Row(product.Id, usesDefault: false), publishEvent: false);

        await _harness.PolicyService().ClassifyNewProductAsync(product, Notify);

        ProductsByTag(Database)[1].BackorderMode.Should().Be(No);
        RowsByProductId(Database).Should().ContainSingle();
    }

    #endregion

    #region (d) RecordExistingProductsAsync

    [Test]
    public async Task RecordExistingProducts_records_own_policies_and_the_flags_the_activity_most_likely_set()
    {
        const BackorderMode defaultMode = Silent;
        await InsertAsync(Database,
            NewProduct(1, defaultMode),                                                   // follows: no row
            NewProduct(2, No),                                                            // own choice
            NewProduct(3, Notify),                                                        // own choice
            NewProduct(4, defaultMode, p => LowStock(p, LowStockActivity.DisableBuyButton, stock: 0, disableBuyButton: true)), // bits 1
            NewProduct(5, defaultMode, p => LowStock(p, LowStockActivity.Unpublish, stock: -2, published: false)),           // bits 2
            NewProduct(6, No, p => LowStock(p, LowStockActivity.DisableBuyButton, stock: 1, min: 1, disableBuyButton: true)), // own + bits 1 (at minimum)
            NewProduct(7, defaultMode, p => LowStock(p, LowStockActivity.DisableBuyButton, stock: 5, min: 1, disableBuyButton: true)), // above minimum: admin's
            NewProduct(8, defaultMode, p => LowStock(p, LowStockActivity.Unpublish, stock: 0, disableBuyButton: true)),      // wrong flag for the activity
            NewProduct(9, defaultMode, p => { LowStock(p, LowStockActivity.DisableBuyButton, stock: 0, disableBuyButton: true); p.ManageInventoryMethod = ManageInventoryMethod.DontManageStock; }),
            NewProduct(10, No, p => p.Deleted = true),                                    // deleted: ignored
            NewProduct(11, No),                                                           // already has a row: untouched
            // Multiple warehouses: the stock is SUM(StockQuantity - ReservedQuantity) of ProductWarehouseInventory.
            NewProduct(12, defaultMode, p => { LowStock(p, LowStockActivity.DisableBuyButton, stock: 100, min: 2, disableBuyButton: true); p.UseMultipleWarehouses = true; }),
            NewProduct(13, defaultMode, p => { LowStock(p, LowStockActivity.Unpublish, stock: -100, min: 2, published: false); p.UseMultipleWarehouses = true; }),
            NewProduct(14, defaultMode, p => { LowStock(p, LowStockActivity.Unpublish, stock: 100, min: 0, published: false); p.UseMultipleWarehouses = true; })
        );
        var ids = ProductIdsByTag(Database);
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(Row(ids[11], usesDefault: true), publishEvent: false);
        await Database.GetRepository<ProductWarehouseInventory>().InsertAsync([
            new ProductWarehouseInventory { ProductId = ids[12], WarehouseId = 1, StockQuantity = 5, ReservedQuantity = 4 },  // 1
            new ProductWarehouseInventory { ProductId = ids[12], WarehouseId = 2, StockQuantity = 3, ReservedQuantity = 2 },  // +1 = 2 <= 2
            new ProductWarehouseInventory { ProductId = ids[13], WarehouseId = 1, StockQuantity = 9, ReservedQuantity = 0 },  // 9 > 2
            // 14: no inventory rows: total 0 <= 0
        ], publishEvent: false);
        var rowBefore = RowsByProductId(Database)[ids[11]];

        await _harness.PolicyService().RecordExistingProductsAsync(defaultMode);

        var rows = RowsByProductId(Database);
        var recorded = rows.Values.ToDictionary(r => ids.Single(t => t.Value == r.ProductId).Key,
            r => (r.UsesDefaultPolicy, (LowStockFlags)r.LowStockFlagsSetByActivity));
        recorded.Should().BeEquivalentTo(new Dictionary<int, (bool, LowStockFlags)>
        {
            [2] = (false, LowStockFlags.None),
            [3] = (false, LowStockFlags.None),
            [4] = (true, LowStockFlags.BuyButtonDisabled),
            [5] = (true, LowStockFlags.Unpublished),
            [6] = (false, LowStockFlags.BuyButtonDisabled),
            [11] = (true, LowStockFlags.None),
            [12] = (true, LowStockFlags.BuyButtonDisabled),
            [14] = (true, LowStockFlags.Unpublished),
        });
        rows[ids[11]].Should().BeEquivalentTo(rowBefore, "a product the plugin has seen is not recorded again");
        rows.Values.Should().OnlyContain(r => r.BackorderLimit == null && r.ExpectedRestockDateUtc == null);
        rows.Values.Where(r => r.ProductId != ids[11]).Should().OnlyContain(r => r.UpdatedOnUtc > DateTime.UtcNow.AddDays(-1),
            "the database's UTC clock");
        ProductsByTag(Database).Values.Should().OnlyContain(p => p.UpdatedOnUtc == Created, "products are only read");

        // Idempotent: a second run (e.g. a reinstall over kept data) inserts nothing.
        await _harness.PolicyService().RecordExistingProductsAsync(defaultMode);

        RowsByProductId(Database).Should().BeEquivalentTo(rows);

        // And what it recorded drives the next default switch: the activity's flags are lifted, the admin's are not.
        await _harness.PolicyService().ApplyDefaultAsync(defaultMode, Notify);
        var products = ProductsByTag(Database);
        products[4].DisableBuyButton.Should().BeFalse();
        products[5].Published.Should().BeTrue();
        products[7].DisableBuyButton.Should().BeTrue();
        products[8].DisableBuyButton.Should().BeTrue();
        products[12].DisableBuyButton.Should().BeFalse();
        products[13].Published.Should().BeFalse();
        products[14].Published.Should().BeTrue();
        products[6].DisableBuyButton.Should().BeTrue("its own policy is No");
    }

    [Test]
    public async Task RecordExistingProducts_batches_include_both_ends_of_every_id_range()
    {
        int[] ids = [1, 9_999, 10_000, 10_001, 19_999, 20_000, 20_001, 25_000];
        await BulkInsertAsync(Database, ids.Select(id => NewProduct(id, Notify, p => p.Id = id)), keepIdentity: true);

        await _harness.PolicyService().RecordExistingProductsAsync(No);

        RowsByProductId(Database).Values.Select(r => (r.ProductId, r.UsesDefaultPolicy)).Should().BeEquivalentTo(ids.Select(id => (id, false)));
    }

    private static void LowStock(Product p, LowStockActivity activity, int stock, int min = 0, bool disableBuyButton = false, bool published = true)
    {
        p.LowStockActivity = activity;
        p.StockQuantity = stock;
        p.MinStockQuantity = min;
        p.DisableBuyButton = disableBuyButton;
        p.DisableWishlistButton = disableBuyButton;
        p.Published = published;
    }

    #endregion

    #region (e) SetProductPolicyAsync and SaveProductChoiceAsync

    [Test]
    public async Task SetProductPolicy_round_trip_own_choice_then_back_to_the_default()
    {
        var product = (await InsertAsync(Database, NewProduct(1, No)))[0];
        var service = _harness.PolicyService();

        await service.SetProductPolicyAsync(product, Notify, defaultMode: No);

        ProductsByTag(Database)[1].BackorderMode.Should().Be(Notify);
        (await service.GetProductSettingAsync(product.Id)).Should().Match<ProductBackorderSetting>(r => !r.UsesDefaultPolicy);
        (await service.UsesDefaultAsync(product.Id)).Should().BeFalse();
        (await service.ApplyDefaultAsync(No, Silent)).Should().Be(0, "it chose its own policy");

        await service.SetProductPolicyAsync(product, null, defaultMode: Silent);

        ProductsByTag(Database)[1].BackorderMode.Should().Be(Silent);
        (await service.UsesDefaultAsync(product.Id)).Should().BeTrue();
        RowsByProductId(Database).Should().ContainSingle("the row is updated, not duplicated");

        // Same choice again: nothing to tell.
        await service.SetProductPolicyAsync(product, null, defaultMode: Silent);

        _harness.Published<ProductBackorderPolicyChangedEvent>().Should().Equal(
            new ProductBackorderPolicyChangedEvent(product.Id, No, Notify, false),
            new ProductBackorderPolicyChangedEvent(product.Id, Notify, Silent, true));
        _harness.Published<DefaultBackorderPolicyChangedEvent>().Should().Equal(new DefaultBackorderPolicyChangedEvent(No, Silent, 0));
    }

    [Test]
    public async Task SetProductPolicy_to_a_backorder_policy_lifts_the_recorded_flags_and_keeps_limit_and_date()
    {
        var restock = new DateTime(2027, 1, 15, 0, 0, 0, DateTimeKind.Utc);
        var product = (await InsertAsync(Database, NewProduct(1, No, p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; p.Published = false; })))[0];
        var row = Row(product.Id, true, LowStockFlags.BuyButtonDisabled);
        row.BackorderLimit = 4;
        row.ExpectedRestockDateUtc = restock;
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(row, publishEvent: false);

        await _harness.PolicyService().SetProductPolicyAsync(product, Silent, defaultMode: No);

        Flags(ProductsByTag(Database)[1]).Should().Be((Silent, false, false, false), "only the recorded buy-button flag is lifted");
        RowsByProductId(Database)[product.Id].Should().Match<ProductBackorderSetting>(r =>
            !r.UsesDefaultPolicy && r.LowStockFlagsSetByActivity == 0 && r.BackorderLimit == 4 && r.ExpectedRestockDateUtc == restock);
        _harness.Published<ProductBackorderPolicyChangedEvent>().Should().Equal(new ProductBackorderPolicyChangedEvent(product.Id, No, Silent, false));
    }

    [Test]
    public async Task SaveProductChoice_records_the_choice_and_returns_what_the_product_must_carry()
    {
        var restock = new DateTime(2026, 12, 24, 0, 0, 0, DateTimeKind.Utc);
        var product = (await InsertAsync(Database, NewProduct(1, No)))[0];
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(
            Row(product.Id, true, LowStockFlags.BuyButtonDisabled | LowStockFlags.Unpublished), publishEvent: false);
        var service = _harness.PolicyService();

        var own = await service.SaveProductChoiceAsync(product.Id, new ProductPolicyChoice(false, Notify, 12, restock), No, defaultMode: No);

        own.Should().Be((Notify, LowStockFlags.BuyButtonDisabled | LowStockFlags.Unpublished));
        RowsByProductId(Database)[product.Id].Should().Match<ProductBackorderSetting>(r =>
            !r.UsesDefaultPolicy && r.BackorderLimit == 12 && r.ExpectedRestockDateUtc == restock && r.LowStockFlagsSetByActivity == 0);
        ProductsByTag(Database)[1].BackorderMode.Should().Be(No, "nopCommerce's own save writes the product");

        var backToDefault = await service.SaveProductChoiceAsync(product.Id, new ProductPolicyChoice(true, null, null, null), Notify, defaultMode: No);

        backToDefault.Should().Be((No, LowStockFlags.None));
        RowsByProductId(Database)[product.Id].Should().Match<ProductBackorderSetting>(r =>
            r.UsesDefaultPolicy && r.BackorderLimit == null && r.ExpectedRestockDateUtc == null);

        // A product the plugin has no row for yet gets one; an unchanged choice publishes nothing.
        var other = (await InsertAsync(Database, NewProduct(2, Silent)))[0];
        (await service.SaveProductChoiceAsync(other.Id, new ProductPolicyChoice(true, null, 0, null), Silent, defaultMode: Silent))
            .Should().Be((Silent, LowStockFlags.None));
        RowsByProductId(Database)[other.Id].Should().Match<ProductBackorderSetting>(r => r.UsesDefaultPolicy && r.BackorderLimit == 0);

        _harness.Published<ProductBackorderPolicyChangedEvent>().Should().Equal(
            new ProductBackorderPolicyChangedEvent(product.Id, No, Notify, false),
            new ProductBackorderPolicyChangedEvent(product.Id, Notify, No, true));
    }

    #endregion

    #region GetProductSettingsAsync (one query for a page of products)

    [Test]
    public async Task GetProductSettings_returns_the_rows_of_the_given_products_keyed_by_product_id()
    {
        var settings = Database.GetRepository<ProductBackorderSetting>();
        var rows = Enumerable.Range(1, 30).Select(id => Row(id * 2, id % 3 == 0, (LowStockFlags)(id % 4))).ToList();
        rows[0].BackorderLimit = 5;
        rows[0].ExpectedRestockDateUtc = Created.AddDays(3);
        await settings.InsertAsync(rows, publishEvent: false);
        var page = Enumerable.Range(1, 48).ToList(); // 24 even ids have a row; 50..60 are not asked for

        var found = await _harness.PolicyService().GetProductSettingsAsync(page);

        found.Keys.Should().BeEquivalentTo(Enumerable.Range(1, 24).Select(i => i * 2));
        foreach (var (productId, setting) in found)
        {
            setting.ProductId.Should().Be(productId);
            setting.Should().BeEquivalentTo(await _harness.PolicyService().GetProductSettingAsync(productId));
        }

        found[2].Should().BeEquivalentTo(rows[0]);
        (await _harness.PolicyService().GetProductSettingsAsync([])).Should().BeEmpty();
        (await _harness.PolicyService().GetProductSettingsAsync([2, 2, 3, 4, 4])).Keys.Should().BeEquivalentTo([2, 4], "duplicates are harmless");
    }

    [Test]
    public async Task GetProductSettings_reads_more_ids_than_one_query_takes()
    {
        var count = BackorderPolicyService.IdsPerQuery * 2 + 500;
        await BulkInsertAsync(Database, Enumerable.Range(1, count).Select(id => Row(id, id % 2 == 0)));

        var found = await _harness.PolicyService().GetProductSettingsAsync(Enumerable.Range(0, count + 10).ToList());

        found.Should().HaveCount(count);
        found.Should().OnlyContain(kv => kv.Value.ProductId == kv.Key && kv.Value.UsesDefaultPolicy == (kv.Key % 2 == 0));
    }

    #endregion
}
