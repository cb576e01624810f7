using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Plugin.Inventory.Backorders.Services.Import;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>Each column and mode of the stock import, on SQLite, PostgreSQL and MariaDB.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class ImportDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private ImportHarness _harness;

    [SetUp]
    public void CreateHarness() => _harness = new ImportHarness(Database);

    [Test]
    public async Task Qty_changes_only_stock_and_leaves_every_other_column()
    {
        var product = await _harness.ProductAsync("A-1", 1, change: p => p.MinStockQuantity = 2);

        var result = await _harness.ImportAsync("sku,qty\nA-1,42\n");

        result.Issues.Should().BeEmpty();
        result.Changed.Should().Be(1);
        var after = _harness.Product(product.Id);
        after.StockQuantity.Should().Be(42);
        after.MinStockQuantity.Should().Be(2);
        after.BackorderModeId.Should().Be((int)BackorderMode.NoBackorders);
        after.ManageInventoryMethodId.Should().Be((int)ManageInventoryMethod.ManageStock);
        _harness.Record(product.Id).Should().BeNull("nothing about the policy was in the file");
        _harness.History().Should().ContainSingle().Which.QuantityAdjustment.Should().Be(32);
        _harness.Published<StockImportedEvent>().Should().ContainSingle().Which.StockRoseProductIds.Should().Equal(product.Id);
        _harness.Activity.Verify(a => a.InsertActivityAsync("ImportProducts", It.IsAny<string>(), null), Times.Once);
    }

    [Test]
    public async Task NopCommerce_StockQuantity_MinStockQuantity_and_subscriptions()
    {
        var product = await _harness.ProductAsync("N-1", 1);

        var result = await _harness.ImportAsync("SKU;StockQuantity;MinStockQuantity;AllowBackInStockSubscriptions\nN-1;-3;4;True\n");

        result.Issues.Should().BeEmpty();
        var after = _harness.Product(product.Id);
        (after.StockQuantity, after.MinStockQuantity, after.AllowBackInStockSubscriptions).Should().Be((-3, 4, true));
    }

    [TestCase("0", BackorderMode.NoBackorders)]
    [TestCase("1", BackorderMode.AllowQtyBelow0)]
    [TestCase("2", BackorderMode.AllowQtyBelow0AndNotifyCustomer)]
    public async Task Magento_backorders_becomes_the_products_own_policy(string value, BackorderMode expected)
    {
        var product = await _harness.ProductAsync("M-1", 1, BackorderMode.AllowQtyBelow0, p => p.StockQuantity = 0);

        var result = await _harness.ImportAsync($"sku,backorders,use_config_backorders\nM-1,{value},0\n");

        result.Issues.Should().BeEmpty();
        _harness.Product(product.Id).BackorderModeId.Should().Be((int)expected);
        _harness.Record(product.Id).UsesDefaultPolicy.Should().BeFalse();
    }

    [Test]
    public async Task Use_config_backorders_1_follows_the_store_default_and_wins_over_backorders()
    {
        _harness.DefaultMode = BackorderMode.AllowQtyBelow0AndNotifyCustomer;
        var product = await _harness.ProductAsync("M-2", 1, BackorderMode.NoBackorders, p => p.DisableBuyButton = true);
        await _harness.RecordAsync(product.Id, usesDefault: false, LowStockFlags.BuyButtonDisabled);

        var result = await _harness.ImportAsync("sku,allow_backorders,use_config_backorders\nM-2,0,1\n");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be("Import.Warnings.UseDefaultWins");
        var after = _harness.Product(product.Id);
        after.BackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0AndNotifyCustomer);
        after.DisableBuyButton.Should().BeFalse("the policy now allows backorders: the flag the low-stock activity set is lifted");
        var record = _harness.Record(product.Id);
        record.UsesDefaultPolicy.Should().BeTrue();
        record.LowStockFlagsSetByActivity.Should().Be(0);
        _harness.Published<Domain.Events.ProductBackorderPolicyChangedEvent>().Should().ContainSingle();
    }

    [Test]
    public async Task Is_in_stock_1_lifts_only_the_flags_the_low_stock_activity_set()
    {
        var byActivity = await _harness.ProductAsync("S-1", 1, change: p => { p.DisableBuyButton = true; p.DisableWishlistButton = true; p.Published = false; });
        await _harness.RecordAsync(byActivity.Id, usesDefault: true, LowStockFlags.BuyButtonDisabled | LowStockFlags.Unpublished);
        var byAdmin = await _harness.ProductAsync("S-2", 2, change: p => p.DisableBuyButton = true);

        var result = await _harness.ImportAsync("sku,is_in_stock\nS-1,1\nS-2,1\n");

        result.Issues.Should().BeEmpty();
        (result.Changed, result.Unchanged).Should().Be((1, 1));
        var lifted = _harness.Product(byActivity.Id);
        (lifted.DisableBuyButton, lifted.DisableWishlistButton, lifted.Published).Should().Be((false, false, true));
        _harness.Record(byActivity.Id).LowStockFlagsSetByActivity.Should().Be(0);
        _harness.Product(byAdmin.Id).DisableBuyButton.Should().BeTrue("an admin disabled it by hand");
    }

    [Test]
    public async Task Manage_stock_columns_follow_Magento()
    {
        var notTracked = await _harness.ProductAsync("G-1", 1, change: p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.DontManageStock);
        var byAttributes = await _harness.ProductAsync("G-2", 2, change: p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStockByAttributes);
        var tracked = await _harness.ProductAsync("G-3", 3);

        var result = await _harness.ImportAsync("sku,manage_stock,use_config_manage_stock\nG-1,0,1\nG-2,1,0\nG-3,0,0\n");

        result.Issues.Select(i => i.ToString()).Should().Equal("2|manage_stock|Import.Warnings.UseConfigManageStockWins");
        _harness.Product(notTracked.Id).ManageInventoryMethodId.Should().Be((int)ManageInventoryMethod.ManageStock);
        _harness.Product(byAttributes.Id).ManageInventoryMethodId.Should().Be((int)ManageInventoryMethod.ManageStockByAttributes);
        _harness.Product(tracked.Id).ManageInventoryMethodId.Should().Be((int)ManageInventoryMethod.DontManageStock);
    }

    [Test]
    public async Task Plugin_columns_limit_restock_date_and_use_default()
    {
        var product = await _harness.ProductAsync("P-1", 1);

        var result = await _harness.ImportAsync("sku,UseDefaultBackorders,BackorderMode,BackorderLimit,ExpectedRestockDate\nP-1,0,AllowQtyBelow0,5,2026-12-24\n");

        result.Issues.Should().BeEmpty();
        var record = _harness.Record(product.Id);
        (record.UsesDefaultPolicy, record.BackorderLimit, record.ExpectedRestockDateUtc?.Date).Should().Be((false, 5, new DateTime(2026, 12, 24)));
        _harness.Product(product.Id).BackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0);

        // An existing record is updated in place.
        result = await _harness.ImportAsync("sku,BackorderLimit\nP-1,0\n");
        result.Changed.Should().Be(1);
        _harness.Record(product.Id).BackorderLimit.Should().Be(0);
    }

    [Test]
    public async Task Combination_sku_sets_its_stock_and_its_own_allow_out_of_stock()
    {
        var product = await _harness.ProductAsync("PARENT", 1, BackorderMode.NoBackorders,
            p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStockByAttributes);
        var combination = await _harness.CombinationAsync(product.Id, "PARENT-RED", stock: 1);

        var result = await _harness.ImportAsync("sku,qty,backorders\nPARENT-RED,7,1\n");

        result.Issues.Should().BeEmpty();
        var after = _harness.Combination(combination.Id);
        (after.StockQuantity, after.AllowOutOfStockOrders).Should().Be((7, true));
        _harness.CombinationHasOwnSetting(combination.Id).Should().BeTrue();

        result = await _harness.ImportAsync("sku,use_config_backorders\nPARENT-RED,1\n");
        result.Changed.Should().Be(1);
        _harness.Combination(combination.Id).AllowOutOfStockOrders.Should().BeFalse("it follows its product again, which allows no backorders");
        _harness.CombinationHasOwnSetting(combination.Id).Should().BeFalse();
    }

    [Test]
    public async Task A_policy_change_moves_the_combinations_that_follow_the_product()
    {
        var product = await _harness.ProductAsync("F-1", 1);
        var follows = await _harness.CombinationAsync(product.Id, "F-1-A");

        await _harness.ImportAsync("sku,BackorderMode\nF-1,1\n");

        _harness.Combination(follows.Id).AllowOutOfStockOrders.Should().BeTrue();
    }

    [Test]
    public async Task Validate_only_reports_everything_and_writes_nothing()
    {
        await _harness.ProductAsync("V-1", 1);
        var before = _harness.Snapshot();

        var result = await _harness.ImportAsync("sku,qty\nV-1,5\nNOPE,3\n", ImportMode.ValidateOnly);

        (result.RowsRead, result.Changed, result.Failed, result.Applied).Should().Be((2, 1, 1, false));
        result.Issues.Select(i => i.ToString()).Should().Equal("3|sku|Import.Errors.UnknownSku");
        _harness.Snapshot().Should().Be(before);
        _harness.Activity.Verify(a => a.InsertActivityAsync(It.IsAny<string>(), It.IsAny<string>(), null), Times.Never);
    }

    [Test]
    public async Task Apply_valid_rows_applies_each_valid_row_whole_and_reports_the_others()
    {
        var good = await _harness.ProductAsync("R-1", 1);
        var bad = await _harness.ProductAsync("R-2", 2);

        var result = await _harness.ImportAsync("sku,qty,min_qty\nR-1,5,1\nR-2,6,-1\n");

        result.Issues.Select(i => i.ToString()).Should().Equal("3|min_qty|Import.Errors.Negative");
        (result.Changed, result.Failed).Should().Be((1, 1));
        result.AppliedLines.Should().Equal(2);
        _harness.Product(good.Id).StockQuantity.Should().Be(5);
        _harness.Product(bad.Id).StockQuantity.Should().Be(10, "a row is applied whole or not at all");
    }

    [Test]
    public async Task All_or_nothing_writes_nothing_when_one_row_fails()
    {
        await _harness.ProductAsync("T-1", 1);
        await _harness.ProductAsync("T-2", 2);
        var before = _harness.Snapshot();

        var result = await _harness.ImportAsync("sku,qty\nT-1,5\nT-2,abc\n", ImportMode.AllOrNothing);

        result.Issues.Select(i => i.ToString()).Should().Equal("3|qty|Import.Errors.NotWholeNumber", "0||Import.Errors.FileRejected");
        result.Applied.Should().BeFalse();
        _harness.Snapshot().Should().Be(before);
    }

    [Test]
    public async Task All_or_nothing_applies_a_clean_file()
    {
        var one = await _harness.ProductAsync("U-1", 1);
        var two = await _harness.ProductAsync("U-2", 2);

        var result = await _harness.ImportAsync("sku,qty\nU-1,5\nU-2,6\n", ImportMode.AllOrNothing);

        result.Issues.Should().BeEmpty();
        (result.Changed, result.Applied).Should().Be((2, true));
        _harness.Product(one.Id).StockQuantity.Should().Be(5);
        _harness.Product(two.Id).StockQuantity.Should().Be(6);
        _harness.Published<StockImportedEvent>().Should().ContainSingle();
    }

    [Test]
    public async Task Re_running_the_same_file_changes_nothing()
    {
        await _harness.ProductAsync("I-1", 1);
        const string file = "sku,qty,backorders,use_config_backorders,is_in_stock\nI-1,3,2,0,1\n";
        (await _harness.ImportAsync(file)).Changed.Should().Be(1);
        var after = _harness.Snapshot();

        var again = await _harness.ImportAsync(file);

        (again.Changed, again.Unchanged).Should().Be((0, 1));
        _harness.Snapshot().Should().Be(after);
    }

    [Test]
    public async Task A_sku_on_two_products_is_refused()
    {
        var one = await _harness.ProductAsync("TWICE", 1);
        await _harness.ProductAsync("TWICE", 2);

        var result = await _harness.ImportAsync("sku,qty\nTWICE,1\n");

        result.Issues.Select(i => i.ToString()).Should().Equal("2|sku|Import.Errors.SkuMatchesTwo");
        _harness.Product(one.Id).StockQuantity.Should().Be(10);
    }

    [Test]
    public async Task A_vendor_imports_only_its_own_products()
    {
        var other = await _harness.ProductAsync("VEN-1", 7);

        var result = await _harness.ImportAsync("sku,qty\nVEN-1,1\n", vendorId: 8);

        result.Issues.Select(i => i.ToString()).Should().Equal("2|sku|Import.Errors.UnknownSku");
        _harness.Product(other.Id).StockQuantity.Should().Be(10);
    }

    [Test]
    public async Task Export_then_import_changes_nothing()
    {
        var plain = await _harness.ProductAsync("RT-1", 1, change: p => p.StockQuantity = -4);
        var own = await _harness.ProductAsync("RT-2", 2, BackorderMode.AllowQtyBelow0AndNotifyCustomer, p => p.AllowBackInStockSubscriptions = true);
        await _harness.RecordAsync(own.Id, usesDefault: false, limit: 3, restock: new DateTime(2027, 1, 15));
        var parent = await _harness.ProductAsync("=RT-3", 3, change: p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStockByAttributes);
        await _harness.CombinationAsync(parent.Id, "RT-3-A", 2);
        var ownCombination = await _harness.CombinationAsync(parent.Id, "RT-3-B", 0, allowOutOfStock: true);
        await Database.GetRepository<CombinationBackorderSetting>().InsertAsync(
            new CombinationBackorderSetting { CombinationId = ownCombination.Id, ProductId = parent.Id }, false);
        await _harness.ProductAsync("", 4);
        var before = _harness.Snapshot();

        var csv = await _harness.ExportAsync();
        var result = await _harness.ImportAsync(csv);

        csv.Should().Contain("'=RT-3", "a SKU that starts like a formula is neutralised");
        result.Issues.Should().BeEmpty();
        (result.RowsRead, result.Changed, result.Unchanged).Should().Be((5, 0, 5));
        _harness.Snapshot().Should().Be(before);
        _ = plain;
    }
}
