using System.Diagnostics;
using System.Text;
using LinqToDB;
using LinqToDB.Data;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>
/// Not part of the suite (explicit): 100,000 products in nopCommerce's Product table shape (no index on Sku, as nopCommerce
/// creates on PostgreSQL and MySQL), a file changing every product's qty; in one run: the plugin's import end to end (parse,
/// check, look up, write), the raw set-based limit (bulk-load SKU and qty into a temporary table, one UPDATE joined on Sku)
/// and, on a sample, nopCommerce's per-row way (look the product up by SKU, update the whole row). The second test repeats
/// the three with an index on Product.Sku. Writes one line per database to /tmp/backorders-import-throughput.txt.
/// </summary>
[Explicit("measurement: 100,000 products")]
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.MariaDb)]
public class ImportThroughputMeasurement(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const int Rows = 100_000;
    private const int PerRowSample = 100;

    [Test]
    public Task Plugin_import_against_the_raw_set_based_limit() => MeasureAsync(withSkuIndex: false);

    [Test]
    public Task The_same_with_an_index_on_Product_Sku() => MeasureAsync(withSkuIndex: true);

    private async Task MeasureAsync(bool withSkuIndex)
    {
        var clock = Stopwatch.StartNew();
        await PolicyData.BulkInsertAsync(Database, Enumerable.Range(1, Rows).Select(i => PolicyData.NewProduct(i, change: p => p.Sku = $"B-{i:D6}")));
        var load = clock.Elapsed;
        var q = Database.Quote;
        if (withSkuIndex)
            Database.Execute($"CREATE INDEX {q("IX_Product_Sku_measure")} ON {q("Product")} ({q("Sku")})");

        var csv = new StringBuilder("sku,qty\n");
        for (var i = 1; i <= Rows; i++)
            csv.Append($"B-{i:D6},{100 + i}\n");
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());

        var harness = new ImportHarness(Database);
        clock.Restart();
        ImportResult result;
        using (var stream = new MemoryStream(bytes))
            result = await harness.ImportService().ImportAsync(stream, ImportMode.ApplyValidRows);
        var plugin = clock.Elapsed;
        result.Changed.Should().Be(Rows);

        // Raw limit: bulk-load (sku, qty) into a temporary table, then one UPDATE joined on Sku.
        await using (var db = new DataConnection(Database.DataOptions))
        {
            clock.Restart();
            await db.ExecuteAsync("CREATE TEMPORARY TABLE stock_in (sku varchar(400) NOT NULL PRIMARY KEY, qty int NOT NULL)");
            await db.BulkCopyAsync(new BulkCopyOptions
                {
                    BulkCopyType = Provider == DatabaseProvider.PostgreSql ? BulkCopyType.ProviderSpecific : BulkCopyType.MultipleRows, MaxBatchSize = 1000
                },
                Enumerable.Range(1, Rows).Select(i => new StockIn { Sku = $"B-{i:D6}", Qty = 200 + i }));
            await db.ExecuteAsync(Provider == DatabaseProvider.PostgreSql
                ? $"UPDATE {q("Product")} p SET {q("StockQuantity")} = s.qty FROM stock_in s WHERE p.{q("Sku")} = s.sku"
                : $"UPDATE {q("Product")} p JOIN stock_in s ON p.{q("Sku")} = s.sku SET p.{q("StockQuantity")} = s.qty");
        }

        var raw = clock.Elapsed;

        // nopCommerce's way (its XLSX import and most integrations): per row, the product by SKU (GetProductBySkuAsync:
        // Sku = @sku AND NOT Deleted, first by Id), then UpdateAsync of the whole entity; on a sample spread over the table.
        var products = Database.GetRepository<Product>();
        var step = Rows / PerRowSample;
        clock.Restart();
        for (var i = 1; i <= Rows; i += step)
        {
            var sku = $"B-{i:D6}";
            var product = await products.Table.Where(p => p.Sku == sku && !p.Deleted).OrderBy(p => p.Id).FirstOrDefaultAsync();
            product!.StockQuantity = 300 + i;
            await products.UpdateAsync(product, false);
        }

        var perRow = clock.Elapsed;
        var perRowRate = PerRowSample / perRow.TotalSeconds;

        var line = $"{DateTime.UtcNow:u} {Provider}{(withSkuIndex ? " WITH an index on Product.Sku" : "")}: plugin import {Rows / plugin.TotalSeconds:F0} rows/s ({plugin.TotalSeconds:F1} s), " +
            $"raw bulk load + joined UPDATE {Rows / raw.TotalSeconds:F0} rows/s ({raw.TotalSeconds:F1} s), plugin/raw {raw.TotalSeconds / plugin.TotalSeconds:P0}; " +
            $"per row (sample of {PerRowSample}) {perRowRate:F1} rows/s ({perRow.TotalSeconds:F1} s; 100,000 rows ≈ {Rows / perRowRate / 60:F0} min), " +
            $"plugin/per-row {Rows / plugin.TotalSeconds / perRowRate:F0}x; catalog load {load.TotalSeconds:F1} s; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}\n";
        await File.AppendAllTextAsync("/tmp/backorders-import-throughput.txt", line);
        TestContext.Out.WriteLine(line);
    }

    [LinqToDB.Mapping.Table("stock_in")]
    public class StockIn
    {
        [LinqToDB.Mapping.Column("sku")] public string Sku { get; set; }
        [LinqToDB.Mapping.Column("qty")] public int Qty { get; set; }
    }
}
