using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Import;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>Exports of other systems, imported unedited (TestData/Import/RealExports).</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class RealExportTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private ImportHarness _harness;

    [SetUp]
    public void CreateHarness() => _harness = new ImportHarness(Database);

    private Task<ImportResult> ImportAsync(string file) =>
        _harness.ImportFileAsync(Path.Combine(ImportCorpusTests.Folder("RealExports"), file));

    [Test]
    public async Task Magento_2_export_with_store_view_rows()
    {
        var a1 = await _harness.ProductAsync("A1", 1, BackorderMode.AllowQtyBelow0, p => p.StockQuantity = 0);
        await _harness.RecordAsync(a1.Id, usesDefault: false);
        var a2 = await _harness.ProductAsync("A2", 2);

        var result = await ImportAsync("magento2-export.csv");

        result.Issues.Should().OnlyContain(i => !i.IsError && i.Code == "Import.Warnings.ColumnIgnored");
        result.Issues.Select(i => i.Column).Should().Contain(["name", "price", "min_cart_qty", "website_id"]).And.NotContain(["qty", "allow_backorders", "out_of_stock_qty"]);
        (result.RowsRead, result.Changed, result.Skipped, result.Failed).Should().Be((4, 2, 2, 0));
        var one = _harness.Product(a1.Id);
        (one.StockQuantity, one.BackorderModeId).Should().Be((25, (int)BackorderMode.NoBackorders), "use_config_backorders=1: the store default");
        _harness.Record(a1.Id).UsesDefaultPolicy.Should().BeTrue();
        var two = _harness.Product(a2.Id);
        (two.StockQuantity, two.BackorderModeId).Should().Be((0, (int)BackorderMode.AllowQtyBelow0AndNotifyCustomer));
    }

    [Test]
    public async Task Magento_1_export_with_continuation_and_store_rows()
    {
        var a1 = await _harness.ProductAsync("A1", 1);

        var result = await ImportAsync("magento1-export.csv");

        result.Issues.Should().OnlyContain(i => !i.IsError);
        (result.RowsRead, result.Changed, result.Skipped, result.Failed).Should().Be((3, 1, 2, 0));
        var after = _harness.Product(a1.Id);
        (after.StockQuantity, after.MinStockQuantity, after.BackorderModeId, after.ManageInventoryMethodId)
            .Should().Be((3, 1, (int)BackorderMode.AllowQtyBelow0, (int)ManageInventoryMethod.ManageStock), "use_config_manage_stock=1 wins over manage_stock=0");
        result.Issues.Should().Contain(i => i.Code == "Import.Warnings.UseConfigManageStockWins" && i.Line == 2);
    }

    [Test]
    public async Task NopCommerce_product_export_saved_as_csv_by_a_spreadsheet()
    {
        var product = await _harness.ProductAsync("CAFÉ", 1);

        var result = await ImportAsync("nopcommerce-products-excel.csv");

        result.Issues.Should().OnlyContain(i => !i.IsError);
        result.Changed.Should().Be(1);
        var after = _harness.Product(product.Id);
        (after.StockQuantity, after.BackorderModeId, after.AllowBackInStockSubscriptions).Should().Be((12, (int)BackorderMode.AllowQtyBelow0AndNotifyCustomer, true));
    }
}
