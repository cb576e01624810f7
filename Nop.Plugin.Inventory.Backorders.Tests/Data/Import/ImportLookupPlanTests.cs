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
public class ImportLookupPlanTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    [Test]
    public void The_lookup_scans_Product_once_and_searches_the_keys_by_index()
    {
        var statements = new StockImportStatements(PolicyHarness.DialectFor(Provider));
        var command = statements.FindProducts(new StockImportBatch(7), vendorId: 0);

        using var connection = new DataConnection(Database.DataOptions);
        var plan = connection.Query<PlanRow>("EXPLAIN QUERY PLAN " + command.Sql, command.Parameters).Select(r => r.Detail).ToList();

        plan.Should().HaveCount(3, string.Join(" | ", plan));
        plan[0].Should().Match(d => d.StartsWith("SCAN p") || d.StartsWith("SEARCH p USING INDEX IX_Product_Delete_Id (Deleted=?)"),
            string.Join(" | ", plan));
        plan[1].Should().StartWith("SEARCH w USING INDEX IX_StockImportKey_RunId_Sku (RunId=? AND Sku=?)", string.Join(" | ", plan));
    }

    public class PlanRow
    {
        [LinqToDB.Mapping.Column("detail")] public string Detail { get; set; }
    }
}
