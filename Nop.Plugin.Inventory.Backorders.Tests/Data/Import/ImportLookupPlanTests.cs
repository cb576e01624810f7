using LinqToDB;
using LinqToDB.Data;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>
/// The import's lookup of a batch's SKUs must read Product once (it has no Sku index outside SQL Server) and probe the
/// batch's keys by index; the other order reads the whole of Product once per key (100,000 rows: hours on SQLite).
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.MariaDb)]
public class ImportLookupPlanTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    [Test]
    public async Task The_lookup_scans_Product_once_and_searches_the_keys_by_index()
    {
        if (Provider == DatabaseProvider.MariaDb)
        {
            await MariaDbPlanAsync();
            return;
        }

        var statements = new StockImportStatements(PolicyHarness.DialectFor(Provider));
        var command = statements.FindProducts(new StockImportBatch(7), vendorId: 0);

        using var connection = new DataConnection(Database.DataOptions);
        var plan = connection.Query<PlanRow>("EXPLAIN QUERY PLAN " + command.Sql, command.Parameters).Select(r => r.Detail).ToList();

        plan.Should().HaveCount(3, string.Join(" | ", plan));
        plan[0].Should().Match(d => d.StartsWith("SCAN p") || d.StartsWith("SEARCH p USING INDEX IX_Product_Delete_Id (Deleted=?)"),
            string.Join(" | ", plan));
        plan[1].Should().StartWith("SEARCH w USING INDEX IX_StockImportKey_RunId_Sku (RunId=? AND Sku=?)", string.Join(" | ", plan));
    }

    /// <summary>
    /// MariaDB, with a batch of 2,000 keys among 4,000 products (statistics gathered): Product read once, the keys found by
    /// (RunId, Sku), not by the primary key (RunId, Line), which would read the whole batch for each product.
    /// </summary>
    private async Task MariaDbPlanAsync()
    {
        await PolicyData.BulkInsertAsync(Database, Enumerable.Range(1, 4_000).Select(i => PolicyData.NewProduct(i, change: p => p.Sku = $"P-{i:D5}")));
        await Database.GetRepository<Domain.StockImportKey>().InsertAsync(Enumerable.Range(1, 2_000)
            .Select(i => new Domain.StockImportKey { RunId = 7, Line = i + 1, Sku = $"P-{2 * i:D5}" }).ToList(), false);
        using var connection = new DataConnection(Database.DataOptions);
        connection.Execute("ANALYZE TABLE `Product`, `StockImportKey`");

        var command = new StockImportStatements(PolicyHarness.DialectFor(Provider)).FindProducts(new StockImportBatch(7), vendorId: 0);
        var plan = connection.Query<MariaDbPlanRow>("EXPLAIN " + command.Sql, command.Parameters).ToList();
        var described = string.Join(" | ", plan.Select(r => $"{r.Table} {r.Type} {r.Key}"));

        plan[0].Table.Should().Be("p", described);
        plan[0].Type.Should().BeOneOf(["ALL", "ref", "index"], described);
        var keys = plan.Single(r => r.Table == "w");
        (keys.Type, keys.Key).Should().Be(("ref", "IX_StockImportKey_RunId_Sku"), described);
    }

    public class MariaDbPlanRow
    {
        [LinqToDB.Mapping.Column("table")] public string Table { get; set; }
        [LinqToDB.Mapping.Column("type")] public string Type { get; set; }
        [LinqToDB.Mapping.Column("key")] public string Key { get; set; }
    }

    public class PlanRow
    {
        [LinqToDB.Mapping.Column("detail")] public string Detail { get; set; }
    }
}
