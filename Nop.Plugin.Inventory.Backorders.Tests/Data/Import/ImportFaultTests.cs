using System.Reflection;
using System.Text;
using LinqToDB.Data;
using MySqlConnector;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;
using Npgsql;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>
/// The database connection is killed in the middle of an import (PostgreSQL: pg_terminate_backend; MariaDB: KILL), just
/// before the second batch's UPDATE: all or nothing leaves the database unchanged; apply-valid reports the lines it
/// applied and where it stopped; running the same file again finishes the job.
/// </summary>
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.MariaDb)]
public class ImportFaultTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const int Products = 1_200; // three batches of 500 rows

    private ImportHarness _harness;
    private string _file;

    [SetUp]
    public async Task Catalog()
    {
        _harness = new ImportHarness(Database) { BatchSize = 500 };
        await PolicyData.BulkInsertAsync(Database, Enumerable.Range(1, Products).Select(i => PolicyData.NewProduct(i, change: p => p.Sku = $"F-{i:D5}")));
        var csv = new StringBuilder("sku,qty\n");
        for (var i = 1; i <= Products; i++)
            csv.Append($"F-{i:D5},{1000 + i}\n");
        _file = csv.ToString();
    }

    /// <summary>Forwards to the harness's provider; before the n-th UPDATE statement, kills every other connection to the database.</summary>
    public class KillingProvider : DispatchProxy
    {
        public INopDataProvider Inner { get; set; }
        public Action Kill { get; set; }
        public int KillBeforeWrite { get; set; }
        private int _writes;

        protected override object Invoke(MethodInfo targetMethod, object[] args)
        {
            if (targetMethod!.Name == nameof(INopDataProvider.ExecuteNonQueryAsync) &&
                ((string)args![0]).StartsWith("UPDATE", StringComparison.Ordinal) && ++_writes == KillBeforeWrite)
                Kill();
            return targetMethod.Invoke(Inner, args);
        }
    }

    private INopDataProvider Killing(int beforeWrite)
    {
        var proxy = DispatchProxy.Create<INopDataProvider, KillingProvider>();
        var killing = (KillingProvider)(object)proxy;
        killing.Inner = Database.GetNopDataProvider();
        killing.KillBeforeWrite = beforeWrite;
        killing.Kill = KillOtherConnections;
        return proxy;
    }

    private void KillOtherConnections()
    {
        // Outside the import's transaction: a connection opened inside it would be the import's own (enlisted) connection.
        using var suppress = new System.Transactions.TransactionScope(System.Transactions.TransactionScopeOption.Suppress);
        using var admin = Database.OpenAdo();
        using var command = admin.CreateCommand();
        if (Provider == DatabaseProvider.PostgreSql)
        {
            command.CommandText = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
            command.ExecuteScalar();
            return;
        }

        command.CommandText = "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()";
        var ids = new List<long>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                ids.Add(Convert.ToInt64(reader.GetValue(0)));
        foreach (var id in ids)
        {
            using var kill = admin.CreateCommand();
            kill.CommandText = "KILL " + id;
            try { kill.ExecuteNonQuery(); } catch (MySqlException) { /* already gone */ }
        }
    }

    private static void ForgetBrokenConnections()
    {
        NpgsqlConnection.ClearAllPools();
        MySqlConnection.ClearAllPools();
    }

    private async Task<ImportResult> ImportAsync(ImportMode mode, INopDataProvider dataProvider = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(_file));
        return await _harness.ImportService(dataProvider).ImportAsync(stream, mode);
    }

    [Test]
    public async Task All_or_nothing_leaves_the_database_unchanged_and_a_rerun_completes()
    {
        var before = _harness.Snapshot();

        // One UPDATE per batch here (products; the history is an INSERT … SELECT): the second is the second batch's, after
        // the first batch was written in the same transaction.
        var killed = async () => await ImportAsync(ImportMode.AllOrNothing, Killing(beforeWrite: 2));
        await killed.Should().ThrowAsync<Exception>();
        ForgetBrokenConnections();

        _harness.Snapshot().Should().Be(before, "the first batch's writes were in the same transaction and are rolled back");

        var rerun = await ImportAsync(ImportMode.AllOrNothing);
        (rerun.Changed, rerun.Failed, rerun.Applied).Should().Be((Products, 0, true));
        _harness.Product(PolicyData.ProductIdsByTag(Database)[Products]).StockQuantity.Should().Be(1000 + Products);
    }

    [Test]
    public async Task Apply_valid_rows_reports_what_was_applied_and_a_rerun_finishes_the_job()
    {
        var result = await ImportAsync(ImportMode.ApplyValidRows, Killing(beforeWrite: 2));
        ForgetBrokenConnections();

        result.AppliedLines.Should().Equal(Enumerable.Range(2, 500), "the first batch (lines 2–501) was committed before the kill");
        result.Issues.Select(i => i.ToString()).Should().Equal("502||Import.Errors.DatabaseFailed");
        (result.Changed, result.Failed).Should().Be((500, 500), "the killed batch failed whole; the import stopped there, so the rows after it were not read");
        var ids = PolicyData.ProductIdsByTag(Database);
        _harness.Product(ids[500]).StockQuantity.Should().Be(1500);
        _harness.Product(ids[501]).StockQuantity.Should().Be(10, "the killed batch was rolled back whole");

        var rerun = await ImportAsync(ImportMode.ApplyValidRows);
        (rerun.Changed, rerun.Unchanged, rerun.Failed).Should().Be((700, 500, 0), "only what is missing is applied");
        _harness.Product(ids[Products]).StockQuantity.Should().Be(1000 + Products);
    }
}
