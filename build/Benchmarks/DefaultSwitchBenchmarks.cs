using Backorders.Benchmarks.Data;
using BenchmarkDotNet.Attributes;
using LinqToDB;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Backorders.Benchmarks;

/// <summary>
/// Switching the store-wide default for a catalog of 100,000 products, 90,000 of which follow it (10,000 chose their
/// own policy): <see cref="BackorderPolicyService.ApplyDefaultAsync"/> (set-based UPDATEs in batches of 10,000 ids, plus
/// its flag-lifting and combination statements) against the loop an UpdateProductAsync-style implementation runs: find
/// the products that follow the default, then per product load it (GetByIdAsync) and save it (repository UpdateAsync).
/// Every invocation switches all 90,000 (the default alternates between the two "allow backorders" policies), and both
/// return the number of products changed, which is checked.
/// <para>Its own job (<see cref="Config"/>): in process, one invocation per iteration (on nopCommerce's table shape the
/// baseline takes ~45 s on SQLite and ~2 minutes on PostgreSQL and MariaDB), no warmup and two measured iterations. Run it
/// without <c>--job</c>: a job given on the command line is added to this one, not put in its place.</para>
/// </summary>
[Config(typeof(Config))]
public class DefaultSwitchBenchmarks
{
    public const int ProductCount = 100_000;
    private const int EveryNthChoseItsOwn = 10;

    private BenchmarkDatabase _db;
    private BackorderPolicyService _service;
    private IRepository<Product> _products;
    private IRepository<ProductBackorderSetting> _settings;
    private BackorderMode _current;
    private int _following;

    [ParamsSource(nameof(Databases))]
    public DatabaseProvider Database { get; set; }

    public static IEnumerable<DatabaseProvider> Databases => BenchmarkDatabase.Available;

    public class Config() : MonitoringConfig(warmupCount: 0, iterationCount: 2);

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.CreateWithSchema(Database);
        var created = new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);
        BenchmarkCatalog.InsertProducts(_db, ProductCount, created, (i, p) =>
            p.BackorderModeId = (int)(i % EveryNthChoseItsOwn == 0 ? BackorderMode.NoBackorders : BackorderMode.AllowQtyBelow0));
        using (var connection = _db.OpenConnection())
        {
            var own = connection.GetTable<Product>().Where(p => p.VendorId % EveryNthChoseItsOwn == 0).Select(p => p.Id).ToList();
            _db.BulkInsert(own.Select(id => new ProductBackorderSetting { ProductId = id, UsesDefaultPolicy = false, UpdatedOnUtc = created }));
        }

        _db.Analyze();
        _service = _db.CreateService<BackorderPolicyService>();
        _products = _db.Repository<Product>();
        _settings = _db.Repository<ProductBackorderSetting>();
        _current = BackorderMode.AllowQtyBelow0;
        _following = ProductCount - ProductCount / EveryNthChoseItsOwn;
    }

    [GlobalCleanup]
    public void Cleanup() => _db?.Dispose();

    [Benchmark(Baseline = true, Description = "per product: GetByIdAsync + UpdateAsync")]
    public async Task<int> PerProductLoop()
    {
        var target = Next();
        var settings = _settings.Table;
        var following = _products.Table
            .Where(p => !p.Deleted && !settings.Any(s => s.ProductId == p.Id && !s.UsesDefaultPolicy))
            .Select(p => p.Id)
            .ToList();

        var changed = 0;
        foreach (var id in following)
        {
            var product = await _products.GetByIdAsync(id);
            if (product.BackorderMode == target)
                continue;
            product.BackorderMode = target;
            await _products.UpdateAsync(product, publishEvent: false);
            changed++;
        }

        return Checked(changed);
    }

    [Benchmark(Description = "ApplyDefaultAsync (set-based, batched)")]
    public async Task<int> SetBased()
    {
        var from = _current;
        return Checked(await _service.ApplyDefaultAsync(from, Next()));
    }

    private BackorderMode Next() => _current = _current == BackorderMode.AllowQtyBelow0
        ? BackorderMode.AllowQtyBelow0AndNotifyCustomer
        : BackorderMode.AllowQtyBelow0;

    private int Checked(int changed) => changed == _following
        ? changed
        : throw new InvalidOperationException($"expected {_following} products to change, {changed} did");
}
