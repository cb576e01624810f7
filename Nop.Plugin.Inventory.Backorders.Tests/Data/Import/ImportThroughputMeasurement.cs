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
/// creates on PostgreSQL and MySQL), a file changing every product's qty; the plugin's import end to end (parse, check,
/// look up, write) against the raw set-based limit (bulk-load SKU and qty into a temporary table, one UPDATE joined on Sku).
/// Writes one line per database to /tmp/backorders-import-throughput.txt.
/// </summary>
[Explicit("measurement: 100,000 products")]
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.MariaDb)]
public class ImportThroughputMeasurement(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const int Rows = 100_000;

    [Test]
    public async Task Plugin_import_against_the_raw_set_based_limit()
    {
        await PolicyData.BulkInsertAsync(Database, Enumerable.Range(1, Rows).Select(i => PolicyData.NewProduct(i, change: p => p.Sku = $"B-{i:D6}")));
        var csv = new StringBuilder("sku,qty\n");
        for (var i = 1; i <= Rows; i++)
            csv.Append($"B-{i:D6},{100 + i}\n");
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());

        var harness = new ImportHarness(Database);
        var clock = Stopwatch.StartNew();
        ImportResult result;
        using (var stream = new MemoryStream(bytes))
            result = await harness.ImportService().ImportAsync(stream, ImportMode.ApplyValidRows);
        var plugin = clock.Elapsed;
        result.Changed.Should().Be(Rows);

        // Raw limit: bulk-load (sku, qty) into a temporary table, then one UPDATE joined on Sku.
        var q = Database.Quote;
        await using var db = new DataConnection(Database.DataOptions);
        clock.Restart();
        await db.ExecuteAsync(Provider == DatabaseProvider.PostgreSql
            ? "CREATE TEMPORARY TABLE stock_in (sku varchar(400) NOT NULL PRIMARY KEY, qty int NOT NULL)"
            : "CREATE TEMPORARY TABLE stock_in (sku varchar(400) NOT NULL PRIMARY KEY, qty int NOT NULL)");
        var table = db.GetTable<StockIn>();
        await db.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = Provider == DatabaseProvider.PostgreSql ? BulkCopyType.ProviderSpecific : BulkCopyType.MultipleRows, MaxBatchSize = 1000 }, Enumerable.Range(1, Rows).Select(i => new StockIn { Sku = $"B-{i:D6}", Qty = 200 + i }));
        await db.ExecuteAsync(Provider == DatabaseProvider.PostgreSql
            ? $"UPDATE {q("Product")} p SET {q("StockQuantity")} = s.qty FROM stock_in s WHERE p.{q("Sku")} = s.sku"
            : $"UPDATE {q("Product")} p JOIN stock_in s ON p.{q("Sku")} = s.sku SET p.{q("StockQuantity")} = s.qty");
        var raw = clock.Elapsed;

        var line = $"{Provider}: plugin import {Rows / plugin.TotalSeconds:F0} rows/s ({plugin.TotalSeconds:F1} s), raw bulk load + joined UPDATE " +
            $"{Rows / raw.TotalSeconds:F0} rows/s ({raw.TotalSeconds:F1} s), plugin/raw {raw.TotalSeconds / plugin.TotalSeconds:P0}\n";
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
