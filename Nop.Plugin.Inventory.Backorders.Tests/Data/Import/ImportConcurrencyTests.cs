using System.Text;
using LinqToDB;
using LinqToDB.Data;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>
/// Imports started at the same moment (an integrator's scheduled task and an admin's dry run, two web-farm nodes): each
/// applies or checks its own file whole; neither fails on the other's batches in the work tables.
/// </summary>
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.MariaDb)]
public class ImportConcurrencyTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const int PerFile = 400;

    private static string File(string prefix, int qty)
    {
        var csv = new StringBuilder("sku,qty\n");
        for (var i = 1; i <= PerFile; i++)
            csv.Append($"{prefix}-{i:D4},{qty + i}\n");
        return csv.ToString();
    }

    private async Task<ImportResult> RunAsync(ImportHarness harness, string csv, ImportMode mode)
    {
        await Task.Yield();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await harness.ImportService().ImportAsync(stream, mode);
    }

    [TestCase(ImportMode.ValidateOnly, ImportMode.ValidateOnly)]
    [TestCase(ImportMode.ValidateOnly, ImportMode.ApplyValidRows)]
    [TestCase(ImportMode.ApplyValidRows, ImportMode.ApplyValidRows)]
    [TestCase(ImportMode.AllOrNothing, ImportMode.ValidateOnly)]
    public async Task Two_imports_at_once_each_handle_their_whole_file(ImportMode first, ImportMode second)
    {
        await PolicyData.BulkInsertAsync(Database, Enumerable.Range(1, PerFile)
            .SelectMany(i => new[]
            {
                PolicyData.NewProduct(i, change: p => p.Sku = $"A-{i:D4}"), PolicyData.NewProduct(i, change: p => p.Sku = $"B-{i:D4}")
            }));
        // Small batches: many work-table loads of the two imports interleave.
        var a = new ImportHarness(Database) { BatchSize = 10 };
        var b = new ImportHarness(Database) { BatchSize = 10 };

        for (var round = 1; round <= 3; round++)
        {
            var results = await Task.WhenAll(RunAsync(a, File("A", 100 * round), first), RunAsync(b, File("B", 100 * round), second));

            foreach (var result in results)
            {
                result.Issues.Should().BeEmpty();
                result.Changed.Should().Be(PerFile);
            }
        }

        using var connection = new DataConnection(Database.DataOptions);
        var stock = connection.GetTable<Product>().ToDictionary(p => p.Sku, p => p.StockQuantity);
        stock["A-0007"].Should().Be(first == ImportMode.ValidateOnly ? 10 : 307, "a dry run leaves the stock it found");
        stock["B-0007"].Should().Be(second == ImportMode.ValidateOnly ? 10 : 307);
    }
}
