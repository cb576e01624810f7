using System.Reflection;
using Backorders.Benchmarks.Data;
using BenchmarkDotNet.Attributes;
using LinqToDB;
using LinqToDB.Data;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Repair;
using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Backorders.Benchmarks;

/// <summary>
/// The stock doctor on a 100,000-product catalog whose default allows backorders: 10,000 products with buy and wishlist
/// buttons disabled by the low-stock activity (recorded) and 5,000 that follow the default but were not given it. One
/// invocation = the scan (one COUNT per reason) and "Fix all" of what is fixed by default (15,000 products, in batches
/// of 1,000, with a stock-history note per product), against the loop a per-product implementation runs: load every
/// product (GetByIdAsync), check it with the same rules (<see cref="StockDoctorRules.Diagnose(StockDoctorProductFacts)"/>,
/// the plugin's records read once), update it and its record and insert its note one row at a time. Both return the
/// number of products fixed, which is checked; the damage is put back before each iteration (not measured).
/// <para>Its own job, as <see cref="DefaultSwitchBenchmarks"/>: in process, one invocation per iteration, no warmup, one
/// iteration (the baseline takes minutes on PostgreSQL and MariaDB). Run it without <c>--job</c>.</para>
/// </summary>
[Config(typeof(Config))]
public class StockDoctorBenchmarks
{
    public const int ProductCount = 100_000;
    private const int ButtonsEvery = 10;   // tags 10, 20, …: 10,000 products
    private const int DefaultEvery = 20;   // tags 5, 25, 45, …: 5,000 products
    private const int Broken = ProductCount / ButtonsEvery + ProductCount / DefaultEvery;

    private BenchmarkDatabase _db;
    private StockDoctorService _doctor;
    private StockDoctorScope _scope;
    private IRepository<Product> _products;
    private IRepository<ProductBackorderSetting> _settings;
    private IRepository<StockQuantityHistory> _history;
    private BackorderSqlDialect _dialect;

    [ParamsSource(nameof(Databases))]
    public DatabaseProvider Database { get; set; }

    public static IEnumerable<DatabaseProvider> Databases => BenchmarkDatabase.Available;

    public class Config() : MonitoringConfig(warmupCount: 0, iterationCount: 1);

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.CreateWithSchema(Database);
        var created = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);
        BenchmarkCatalog.InsertProducts(_db, ProductCount, created, (_, p) => p.DisplayStockAvailability = true);
        using (var connection = _db.OpenConnection())
        {
            var flagged = connection.GetTable<Product>().Where(p => p.VendorId % ButtonsEvery == 0).Select(p => p.Id).ToList();
            _db.BulkInsert(flagged.Select(id => new ProductBackorderSetting { ProductId = id, UsesDefaultPolicy = true, UpdatedOnUtc = created }));
        }

        _dialect = _db.Dialect;
        _doctor = new StockDoctorService(NopDataProviderProxy.Create(_db.DataOptions), BenchmarkDatabase.NoOp<IEventPublisher>.Create(),
            Texts.Create(), BenchmarkDatabase.NoOp<ISettingService>.Create(), BenchmarkDatabase.NoOp<IStaticCacheManager>.Create(),
            new StockDoctorStatements(_dialect), BenchmarkDatabase.NoOp<Nop.Services.Logging.ICustomerActivityService>.Create());
        _scope = new StockDoctorScope(BackorderMode.AllowQtyBelow0, 0);
        _products = _db.Repository<Product>();
        _settings = _db.Repository<ProductBackorderSetting>();
        _history = _db.Repository<StockQuantityHistory>();
        Break();
        _db.Analyze();
    }

    /// <summary>Puts the damage back: what the low-stock activity and an outside write would have left.</summary>
    [IterationSetup]
    public void Break()
    {
        using var connection = _db.OpenConnection();
        string Q(string name) => _dialect.Q(name);
        connection.Execute($"UPDATE {Q("Product")} SET {Q("DisableBuyButton")} = {_dialect.Bool(true)}, {Q("DisableWishlistButton")} = {_dialect.Bool(true)} " +
                           $"WHERE {Q("VendorId")} % {ButtonsEvery} = 0");
        connection.Execute($"UPDATE {Q("Product")} SET {Q("BackorderModeId")} = 0 WHERE {Q("VendorId")} % {DefaultEvery} = 5");
        connection.Execute($"UPDATE {Q("ProductBackorderSetting")} SET {Q("LowStockFlagsSetByActivity")} = {(int)LowStockFlags.BuyButtonDisabled}");
        connection.Execute($"DELETE FROM {Q("StockQuantityHistory")}");
    }

    [GlobalCleanup]
    public void Cleanup() => _db?.Dispose();

    [Benchmark(Baseline = true, Description = "per product: GetByIdAsync + rules + UpdateAsync + note")]
    public async Task<int> PerProductLoop()
    {
        var ids = _products.Table.Where(p => !p.Deleted).OrderBy(p => p.Id).Select(p => p.Id).ToList();
        var records = _settings.Table.ToList().ToDictionary(s => s.ProductId);
        var fixedCount = 0;
        foreach (var id in ids)
        {
            var product = await _products.GetByIdAsync(id);
            records.TryGetValue(id, out var record);
            var reasons = StockDoctorRules.Diagnose(new StockDoctorProductFacts(product.BackorderMode, record is not { UsesDefaultPolicy: false },
                _scope.DefaultPolicy, product.ManageInventoryMethod, product.DisableBuyButton, product.DisableWishlistButton, product.Published,
                product.DisplayStockAvailability, (LowStockFlags)(record?.LowStockFlagsSetByActivity ?? 0), product.StockQuantity, _scope.DefaultLimit));
            var toFix = reasons.Where(StockDoctorRules.FixedByDefault).ToList();
            if (toFix.Count == 0)
                continue;

            if (toFix.Contains(StockDoctorReason.BuyButtonDisabledByLowStock))
            {
                product.DisableBuyButton = product.DisableWishlistButton = false;
                record.LowStockFlagsSetByActivity &= ~(int)LowStockFlags.BuyButtonDisabled;
                await _settings.UpdateAsync(record, publishEvent: false);
            }

            if (toFix.Contains(StockDoctorReason.DefaultNotApplied))
                product.BackorderMode = _scope.DefaultPolicy;

            await _products.UpdateAsync(product, publishEvent: false);
            await _history.InsertAsync(new StockQuantityHistory
            {
                ProductId = id, StockQuantity = product.StockQuantity, Message = "Stock doctor", CreatedOnUtc = DateTime.UtcNow
            }, publishEvent: false);
            fixedCount++;
        }

        return Checked(fixedCount);
    }

    [Benchmark(Description = "stock doctor: scan (COUNT per reason) + fix all (set-based, batches of 1,000)")]
    public async Task<int> SetBased()
    {
        var counts = await _doctor.CountAsync(_scope);
        var found = counts.Where(c => StockDoctorRules.FixedByDefault(c.Reason)).Sum(c => c.Count);
        var fixedCount = await _doctor.FixAllAsync(null, _scope);
        return found == fixedCount ? Checked(fixedCount) : throw new InvalidOperationException($"scan found {found}, fix changed {fixedCount}");
    }

    private static int Checked(int fixedCount) => fixedCount == Broken
        ? fixedCount
        : throw new InvalidOperationException($"expected {Broken} products to be fixed, {fixedCount} were");

    /// <summary>Locale texts: the key itself (the note's text does not matter to the timing).</summary>
    public class Texts : DispatchProxy
    {
        public static ILocalizationService Create() => Create<ILocalizationService, Texts>();

        protected override object Invoke(MethodInfo targetMethod, object[] args) =>
            targetMethod?.Name == nameof(ILocalizationService.GetResourceAsync) ? Task.FromResult((string)args![0]) : throw new NotSupportedException(targetMethod?.Name);
    }
}
