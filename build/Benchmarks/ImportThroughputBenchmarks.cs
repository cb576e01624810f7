using System.Reflection;
using System.Text;
using Backorders.Benchmarks.Data;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using LinqToDB;
using LinqToDB.Data;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Services.Logging;

namespace Backorders.Benchmarks;

/// <summary>
/// The stock CSV import of 100,000 rows (a file <c>sku,qty</c> changing every product's stock quantity) on nopCommerce's
/// Product table (104 columns, 12 secondary indexes, no index on Sku as nopCommerce creates it on PostgreSQL and MySQL;
/// <see cref="SkuIndexed"/> adds one), three ways in one process:
/// <list type="bullet">
/// <item>the raw set-based limit (baseline): bulk-load (sku, qty) into a temporary table (PostgreSQL: COPY), then one
/// UPDATE joined on Sku; no check, no history;</item>
/// <item><see cref="BackorderImportService.ImportAsync(Stream, ImportMode, int, CancellationToken)"/> in apply-valid mode,
/// end to end (parse, check, look up, write, stock history), as the tests' ImportHarness builds it but with events,
/// cache, settings and activity log doing nothing (a Moq mock records every call: it would time the mock);</item>
/// <item>nopCommerce's per-row way (its XLSX import, GetProductBySkuAsync and most integrations): the product by SKU
/// (<c>Sku == sku &amp;&amp; !Deleted</c>, first by Id), then repository UpdateAsync of the whole entity, on a sample of
/// <see cref="PerRowSample"/> rows spread over the table (all 100,000 would take hours).</item>
/// </list>
/// The cases process different numbers of rows, so BenchmarkDotNet's time ratio is hidden: <see cref="RowsPerSecondColumn"/>
/// gives each case's rows per second and <see cref="VersusRawColumn"/> its rows per second against the baseline's.
/// Every invocation writes new values (the quantities alternate between two offsets) and checks that every row changed.
/// <para>Its own job (<see cref="Config"/>): in process, one invocation per iteration, one warmup and three measured
/// iterations; each case gets a fresh database. Run it without <c>--job</c>.</para>
/// </summary>
[Config(typeof(Config))]
public class ImportThroughputBenchmarks
{
    public const int Rows = 100_000;
    public const int PerRowSample = 100;

    private BenchmarkDatabase _db;
    private BackorderImportService _import;
    private IRepository<Product> _products;
    private byte[][] _files;
    private StockIn[][] _rows;
    private int _round;

    [ParamsSource(nameof(Databases))]
    public DatabaseProvider Database { get; set; }

    public static IEnumerable<DatabaseProvider> Databases => BenchmarkDatabase.Available;

    /// <summary>With an index on Product.Sku (nopCommerce 4.90 creates none on PostgreSQL and MySQL).</summary>
    [Params(false, true)]
    public bool SkuIndexed { get; set; }

    public class Config : MonitoringConfig
    {
        public Config() : base(warmupCount: 1, iterationCount: 3)
        {
            AddColumn(new RowsPerSecondColumn(), new VersusRawColumn());
            HideColumns(Column.Ratio, Column.RatioSD);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.CreateWithSchema(Database);
        var created = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);
        BenchmarkCatalog.InsertProducts(_db, Rows, created, (i, p) =>
        {
            p.Sku = Sku(i);
            p.StockQuantity = 10;
            p.BackorderModeId = (int)BackorderMode.NoBackorders;
        });
        if (SkuIndexed)
        {
            var q = _db.Dialect.Q;
            using var connection = _db.OpenConnection();
            connection.Execute($"CREATE INDEX {q("IX_Product_Sku_bench")} ON {q("Product")} ({q("Sku")})");
        }

        _db.Analyze();

        // The two files and row sets the invocations alternate between, made before timing.
        _files = [File(0), File(1)];
        _rows = [Enumerable.Range(1, Rows).Select(i => new StockIn { Sku = Sku(i), Qty = Quantity(0, i) }).ToArray(),
            Enumerable.Range(1, Rows).Select(i => new StockIn { Sku = Sku(i), Qty = Quantity(1, i) }).ToArray()];

        _import = _db.CreateService<BackorderImportService>(StockDoctorBenchmarks.Texts.Create(), BenchmarkDatabase.NoOp<ICustomerActivityService>.Create());
        _products = _db.Repository<Product>();
    }

    /// <summary>What autovacuum would do between two imports: each invocation leaves 100,000 dead row versions on PostgreSQL.</summary>
    [IterationSetup]
    public void Vacuum()
    {
        if (Database != DatabaseProvider.PostgreSql)
            return;

        using var connection = _db.OpenConnection();
        connection.Execute("VACUUM ANALYZE \"Product\"");
    }

    [GlobalCleanup]
    public void Cleanup() => _db?.Dispose();

    [Benchmark(Baseline = true, Description = "raw limit: bulk load into a temporary table + one UPDATE joined on Sku")]
    [Rows(Rows)]
    public async Task<int> RawSetBased()
    {
        var round = NextRound();
        await using var connection = _db.OpenConnection();
        var q = _db.Dialect.Q;
        await connection.ExecuteAsync(Database == DatabaseProvider.MariaDb ? "DROP TEMPORARY TABLE IF EXISTS stock_in" : "DROP TABLE IF EXISTS stock_in");
        await connection.ExecuteAsync("CREATE TEMPORARY TABLE stock_in (sku varchar(400) NOT NULL PRIMARY KEY, qty int NOT NULL)");
        await connection.BulkCopyAsync(new BulkCopyOptions
        {
            BulkCopyType = Database == DatabaseProvider.PostgreSql ? BulkCopyType.ProviderSpecific : BulkCopyType.MultipleRows, MaxBatchSize = 1000
        }, _rows[round]);
        var changed = await connection.ExecuteAsync(Database switch
        {
            DatabaseProvider.PostgreSql => $"UPDATE {q("Product")} p SET {q("StockQuantity")} = s.qty FROM stock_in s WHERE p.{q("Sku")} = s.sku",
            DatabaseProvider.MariaDb => $"UPDATE {q("Product")} p JOIN stock_in s ON p.{q("Sku")} = s.sku SET p.{q("StockQuantity")} = s.qty",
            _ => $"UPDATE {q("Product")} AS p SET {q("StockQuantity")} = s.qty FROM stock_in AS s WHERE p.{q("Sku")} = s.sku"
        });
        return Checked(changed, Rows);
    }

    [Benchmark(Description = "plugin: BackorderImportService.ImportAsync (apply valid rows), end to end")]
    [Rows(Rows)]
    public async Task<int> PluginImport()
    {
        var round = NextRound();
        using var stream = new MemoryStream(_files[round], writable: false);
        var result = await _import.ImportAsync(stream, ImportMode.ApplyValidRows);
        if (result.HasErrors)
            throw new InvalidOperationException($"the import reported errors: {string.Join("; ", result.Issues.Take(5).Select(i => i.ToString()))}");
        return Checked(result.Changed, Rows);
    }

    [Benchmark(Description = "nopCommerce per row: product by SKU + UpdateAsync (sample of 100 rows)")]
    [Rows(PerRowSample)]
    public async Task<int> NopCommercePerRow()
    {
        var round = NextRound();
        var changed = 0;
        for (var i = 1; i <= Rows; i += Rows / PerRowSample)
        {
            var sku = Sku(i);
            var product = await _products.Table.Where(p => p.Sku == sku && !p.Deleted).OrderBy(p => p.Id).FirstOrDefaultAsync()
                          ?? throw new InvalidOperationException($"no product {sku}");
            product.StockQuantity = Quantity(round, i);
            await _products.UpdateAsync(product, publishEvent: false);
            changed++;
        }

        return Checked(changed, PerRowSample);
    }

    /// <summary>0, 1, 0, …: which set of quantities this invocation writes (never the ones already there).</summary>
    private int NextRound() => _round++ % 2;

    private static string Sku(int i) => $"B-{i:D6}";

    private static int Quantity(int round, int i) => (round == 0 ? 100 : 200) + i;

    private static byte[] File(int round)
    {
        var csv = new StringBuilder("sku,qty\n", Rows * 16);
        for (var i = 1; i <= Rows; i++)
            csv.Append(Sku(i)).Append(',').Append(Quantity(round, i)).Append('\n');
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static int Checked(int changed, int expected) => changed == expected
        ? changed
        : throw new InvalidOperationException($"expected {expected} rows changed, {changed} were");

    [LinqToDB.Mapping.Table("stock_in")]
    public class StockIn
    {
        [LinqToDB.Mapping.Column("sku")] public string Sku { get; set; }
        [LinqToDB.Mapping.Column("qty")] public int Qty { get; set; }
    }

    /// <summary>How many rows one invocation of the benchmark processes (for the rows-per-second columns).</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class RowsAttribute(int rows) : Attribute
    {
        public int Rows { get; } = rows;
    }

    /// <summary>Rows processed per second: the case's <see cref="RowsAttribute"/> over its mean time per invocation.</summary>
    public class RowsPerSecondColumn : IColumn
    {
        public string Id => nameof(RowsPerSecondColumn);
        public string ColumnName => "Rows/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Rows processed per second (rows of one invocation / mean time)";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            RowsPerSecond(summary, benchmarkCase) is { } rate ? rate.ToString(rate < 100 ? "N1" : "N0") : "?";

        internal static double? RowsPerSecond(Summary summary, BenchmarkCase benchmarkCase)
        {
            var rows = benchmarkCase?.Descriptor.WorkloadMethod.GetCustomAttribute<RowsAttribute>()?.Rows;
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return rows is null || mean is null or <= 0 ? null : rows.Value / (mean.Value / 1e9);
        }
    }

    /// <summary>A case's rows per second against the baseline's (the raw limit) with the same parameters.</summary>
    public class VersusRawColumn : IColumn
    {
        public string Id => nameof(VersusRawColumn);
        public string ColumnName => "vs raw (rows/s)";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 1;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Rows/s of the case divided by Rows/s of the raw set-based limit (same database and index)";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            // A filter that leaves the raw case out leaves the group without a baseline.
            var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
            var rate = RowsPerSecondColumn.RowsPerSecond(summary, benchmarkCase);
            var baseRate = baseline is null ? null : RowsPerSecondColumn.RowsPerSecond(summary, baseline);
            if (rate is null || baseRate is null)
                return "?";

            var share = rate.Value / baseRate.Value;
            return share.ToString(share >= 0.1 ? "P0" : share >= 0.001 ? "P2" : "P3");
        }
    }
}
