using Backorders.Benchmarks.Data;
using BenchmarkDotNet.Attributes;
using LinqToDB;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Tests.Data;

namespace Backorders.Benchmarks;

/// <summary>
/// The open-backorders grid over a ledger of 100,000 lines (2,000 products, 25,000 orders; 40% still open):
/// <see cref="OpenBackordersService.SearchAsync"/> (count and one page of 15 in the database, oldest first) for the
/// default view, a product filter and a deep page, and <see cref="OpenBackordersService.TotalsByProductAsync"/>, against
/// the baseline that reads every matching line and pages in memory. Target: under 50 ms for a page.
/// </summary>
[MemoryDiagnoser]
public class OpenBackordersGridBenchmarks
{
    public const int LedgerLines = 100_000;
    public const int Products = 2_000;
    public const int Orders = 25_000;
    public const int PageSize = 15;

    private BenchmarkDatabase _db;
    private OpenBackordersService _service;

    [ParamsSource(nameof(Databases))]
    public DatabaseProvider Database { get; set; }

    public static IEnumerable<DatabaseProvider> Databases => BenchmarkDatabase.Available;

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.CreateWithSchema(Database);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        _db.BulkInsert(Enumerable.Range(1, Products).Select(i => new Product
        {
            ProductTypeId = (int)ProductType.SimpleProduct, VisibleIndividually = true, Name = $"Product {i:D4}", Sku = $"SKU-{i}",
            VendorId = i % 10, ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStock,
            BackorderModeId = (int)BackorderMode.AllowQtyBelow0AndNotifyCustomer, OrderMinimumQuantity = 1, OrderMaximumQuantity = 10000,
            Published = true, CreatedOnUtc = start, UpdatedOnUtc = start
        }));
        _db.BulkInsert(Enumerable.Range(1, Orders).Select(i => new Order
        {
            OrderGuid = Guid.NewGuid(), CustomOrderNumber = (100_000 + i).ToString(), CustomerId = i % 500 + 1,
            OrderStatusId = (int)OrderStatus.Processing, CreatedOnUtc = start.AddMinutes(i * 10)
        }));

        using (var connection = _db.OpenConnection())
        {
            var productIds = connection.GetTable<Product>().OrderBy(p => p.Id).Select(p => p.Id).ToArray();
            var orders = connection.GetTable<Order>().OrderBy(o => o.Id).Select(o => new { o.Id, o.CreatedOnUtc }).ToArray();
            _db.BulkInsert(Enumerable.Range(0, LedgerLines).Select(i =>
            {
                var order = orders[i / (LedgerLines / Orders)];
                var status = (i % 10) switch
                {
                    < 3 => BackorderLineStatus.Open,
                    3 => BackorderLineStatus.PartlyFilled,
                    < 9 => BackorderLineStatus.Filled,
                    _ => BackorderLineStatus.Cancelled
                };
                return new OrderItemBackorder
                {
                    OrderId = order.Id, OrderItemId = i + 1, ProductId = productIds[(i * 7) % Products], QuantityOrdered = 5,
                    QuantityBackordered = 3, QuantityFilled = status switch { BackorderLineStatus.Filled => 3, BackorderLineStatus.PartlyFilled => 1, _ => 0 },
                    QuantityCancelled = status == BackorderLineStatus.Cancelled ? 3 : 0, Status = status,
                    CreatedOnUtc = order.CreatedOnUtc, UpdatedOnUtc = order.CreatedOnUtc
                };
            }));
        }

        _db.Analyze();
        _service = _db.CreateService<OpenBackordersService>();

        var page = _service.SearchAsync(new OpenBackordersFilter(), 0, PageSize).GetAwaiter().GetResult();
        var all = AllInMemory(new OpenBackordersFilter(), 0).GetAwaiter().GetResult();
        if (page.TotalCount != LedgerLines * 4 / 10 || !page.Select(r => r.Id).SequenceEqual(all.Select(r => r.Id)))
            throw new InvalidOperationException("the database page and the in-memory page disagree");
    }

    [GlobalCleanup]
    public void Cleanup() => _db?.Dispose();

    /// <summary>The baseline: every matching line read, then paged in memory.</summary>
    private async Task<List<OpenBackorderRow>> AllInMemory(OpenBackordersFilter filter, int pageIndex)
    {
        var rows = new List<OpenBackorderRow>();
        await foreach (var row in _service.ReadAllAsync(filter, batchSize: int.MaxValue))
            rows.Add(row);
        return rows.Skip(pageIndex * PageSize).Take(PageSize).ToList();
    }

    [Benchmark(Baseline = true, Description = "all still-open lines read, first page in memory")]
    public async Task<int> FirstPageInMemory() => (await AllInMemory(new OpenBackordersFilter(), 0)).Count;

    [Benchmark(Description = "first page, still open (count + page in the database)")]
    public async Task<int> FirstPage() => (await _service.SearchAsync(new OpenBackordersFilter(), 0, PageSize)).Count;

    [Benchmark(Description = "page 1,000, still open")]
    public async Task<int> DeepPage() => (await _service.SearchAsync(new OpenBackordersFilter(), 999, PageSize)).Count;

    [Benchmark(Description = "first page, product name filter")]
    public async Task<int> ProductFilter() => (await _service.SearchAsync(new OpenBackordersFilter { ProductName = "Product 0042" }, 0, PageSize)).Count;

    [Benchmark(Description = "first page, order number filter, any status")]
    public async Task<int> OrderFilter() =>
        (await _service.SearchAsync(new OpenBackordersFilter { OrderNumber = "112345", StatusId = OpenBackordersQuery.AnyStatus }, 0, PageSize)).Count;

    [Benchmark(Description = "totals per product, first page")]
    public async Task<int> TotalsFirstPage() => (await _service.TotalsByProductAsync(new OpenBackordersFilter(), 0, PageSize)).Count;
}
