using Backorders.Benchmarks.Data;
using BenchmarkDotNet.Attributes;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Backorders.Benchmarks;

/// <summary>
/// Reading the plugin's per-product records for one catalog page of 48 products (what the stock messages need):
/// <see cref="BackorderPolicyService.GetProductSettingsAsync"/> (one <c>WHERE ProductId IN (...)</c> query) against 48
/// calls of <see cref="BackorderPolicyService.GetProductSettingAsync"/>. The table holds 20,000 records (one for every
/// other product of a 40,000-product catalog), so half of the page has one. Both yield the same records (checked).
/// </summary>
[MemoryDiagnoser]
public class CatalogPageSettingsBenchmarks
{
    public const int PageSize = 48;

    private BenchmarkDatabase _db;
    private BackorderPolicyService _service;
    private int[] _page;

    [ParamsSource(nameof(Databases))]
    public DatabaseProvider Database { get; set; }

    public static IEnumerable<DatabaseProvider> Databases => BenchmarkDatabase.Available;

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.CreateWithSchema(Database);
        var updated = new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);
        _db.BulkInsert(Enumerable.Range(1, 20_000).Select(i => new ProductBackorderSetting
        {
            ProductId = i * 2, UsesDefaultPolicy = i % 3 != 0, BackorderLimit = i % 5 == 0 ? 10 : null, UpdatedOnUtc = updated
        }));
        _db.Analyze();
        _service = _db.CreateService<BackorderPolicyService>();
        _page = Enumerable.Range(12_001, PageSize).ToArray();

        // Both must find the same records: the even product ids of the page.
        var batch = _service.GetProductSettingsAsync(_page).GetAwaiter().GetResult();
        var single = _page.Select(id => _service.GetProductSettingAsync(id).GetAwaiter().GetResult()).Where(s => s != null).ToList();
        var expected = _page.Where(id => id % 2 == 0).ToList();
        if (!batch.Keys.Order().SequenceEqual(expected) || !single.Select(s => s.ProductId).SequenceEqual(expected) ||
            single.Any(s => batch[s.ProductId].Id != s.Id))
            throw new InvalidOperationException("the one-query and per-product reads disagree");
    }

    [GlobalCleanup]
    public void Cleanup() => _db?.Dispose();

    [Benchmark(Baseline = true, Description = "48 x GetProductSettingAsync")]
    public async Task<int> QueryPerProduct()
    {
        var found = 0;
        foreach (var id in _page)
            if (await _service.GetProductSettingAsync(id) is not null)
                found++;
        return found;
    }

    [Benchmark(Description = "GetProductSettingsAsync (one query)")]
    public async Task<int> OneQuery() => (await _service.GetProductSettingsAsync(_page)).Count;
}
