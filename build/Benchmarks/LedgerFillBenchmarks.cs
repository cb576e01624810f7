using Backorders.Benchmarks.Data;
using BenchmarkDotNet.Attributes;
using LinqToDB;
using LinqToDB.Data;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Tests.Data;

namespace Backorders.Benchmarks;

/// <summary>
/// Filling a restock across 10,000 waiting ledger lines (one unit each, 10,000 orders; stock −10,000 raised to 0, so every
/// line is filled): <see cref="BackorderFillService.FillAsync"/> (one guarded UPDATE … FROM (running-sum allocation) on
/// PostgreSQL, one locking transaction on MariaDB, one short transaction on SQLite) against the per-line loop: read the product's waiting lines oldest first,
/// then per line apply <see cref="LineQuantities.Fill"/> and save it with the repository's UpdateAsync. Each invocation
/// starts from 10,000 waiting lines (reset in the iteration setup, not measured); both return the units filled, checked.
/// Own job: in process, one invocation per iteration, one warmup, three measured iterations. Run it without <c>--job</c>.
/// </summary>
[Config(typeof(Config))]
public class LedgerFillBenchmarks
{
    public const int LineCount = 10_000;

    private BenchmarkDatabase _db;
    private BackorderFillService _service;
    private IRepository<OrderItemBackorder> _lines;
    private int _productId;

    [ParamsSource(nameof(Databases))]
    public DatabaseProvider Database { get; set; }

    public static IEnumerable<DatabaseProvider> Databases => BenchmarkDatabase.Available;

    public class Config() : MonitoringConfig(warmupCount: 1, iterationCount: 3);

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.CreateWithSchema(Database);
        var created = new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc);
        var product = BenchmarkCatalog.NewProduct(created);
        product.Name = "Restocked";
        _db.Repository<Product>().InsertAsync(product, publishEvent: false).GetAwaiter().GetResult();
        _productId = product.Id;
        _db.BulkInsert(Enumerable.Range(1, LineCount).Select(i => new OrderItemBackorder
        {
            OrderId = i, OrderItemId = i, ProductId = _productId, QuantityOrdered = 1, QuantityBackordered = 1,
            Status = BackorderLineStatus.Open, CreatedOnUtc = created, UpdatedOnUtc = created
        }));
        _db.Analyze();

        _service = new BackorderFillService(NopDataProviderProxy.Create(_db.DataOptions), BenchmarkDatabase.NoOp<Nop.Core.Events.IEventPublisher>.Create(),
            _db.LedgerStatements);
        _lines = _db.Repository<OrderItemBackorder>();
    }

    /// <summary>
    /// Every line waits again; stock back to 0 (the restock from −10,000). On PostgreSQL the reset and the last fill leave
    /// 20,000 dead row versions and their index entries; they are vacuumed here (autovacuum's work in a store), so each
    /// invocation starts from the same table instead of a growing one.
    /// </summary>
    [IterationSetup]
    public void Reset()
    {
        using var connection = _db.OpenConnection();
        connection.GetTable<OrderItemBackorder>()
            .Set(l => l.QuantityFilled, 0).Set(l => l.StatusId, (int)BackorderLineStatus.Open).Update();
        if (Database == DatabaseProvider.PostgreSql)
            connection.Execute($"VACUUM ANALYZE \"{BackordersDefaults.OrderItemBackorderTable}\"");
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> PerLineLoop()
    {
        var waiting = await _lines.Table
            .Where(l => l.ProductId == _productId && l.CombinationId == null
                && (l.StatusId == (int)BackorderLineStatus.Open || l.StatusId == (int)BackorderLineStatus.PartlyFilled))
            .OrderBy(l => l.OrderId).ThenBy(l => l.Id).ToListAsync();
        int available;
        using (var connection = _db.OpenConnection())
            available = connection.GetTable<Product>().Where(p => p.Id == _productId).Select(p => p.StockQuantity).Single();

        var units = BackorderFill.Fillable(waiting.Sum(l => LineQuantities.Of(l).Open), available);
        var filled = 0;
        foreach (var (line, take) in BackorderFill.Allocate(units, waiting, l => LineQuantities.Of(l).Open))
        {
            LineQuantities.Of(line).Fill(take).CopyTo(line);
            line.UpdatedOnUtc = DateTime.UtcNow;
            await _lines.UpdateAsync(line, publishEvent: false);
            filled += take;
        }

        return Check(filled);
    }

    [Benchmark]
    public async Task<int> SetBased() => Check((await _service.FillAsync(StockKey.Product(_productId))).Sum(e => e.QuantityFilledNow));

    private static int Check(int filled) =>
        filled == LineCount ? filled : throw new InvalidOperationException($"Filled {filled} units, expected {LineCount}.");
}
