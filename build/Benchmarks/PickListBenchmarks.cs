using Backorders.Benchmarks.Data;
using BenchmarkDotNet.Attributes;
using LinqToDB;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Inventory.Backorders;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Services.Catalog;
using Nop.Services.Localization;

namespace Backorders.Benchmarks;

/// <summary>
/// A pick list for 1,000 orders × 3 lines (<see cref="PickListService.BuildAsync"/>, grouped by order and summed by
/// product) against reading the same order items with their products in one plain joined query. The catalog has 300
/// products: 200 with one stock figure, 50 over two warehouses, 50 tracked by attributes (2 combinations each); a third
/// of the lines have a ledger record (backordered), a tenth of the products a restock date.
/// </summary>
[MemoryDiagnoser]
public class PickListBenchmarks
{
    public const int Orders = 1_000;
    public const int LinesPerOrder = 3;

    private BenchmarkDatabase _db;
    private PickListService _service;
    private List<int> _orderIds;

    [ParamsSource(nameof(Databases))]
    public DatabaseProvider Database { get; set; }

    public static IEnumerable<DatabaseProvider> Databases => BenchmarkDatabase.Available;

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.CreateWithSchema(Database);
        _db.CreateNopTables(typeof(Warehouse));
        var created = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);

        _db.BulkInsert(new[] { new Warehouse { Name = "North", AdminComment = "Aisle 1" }, new Warehouse { Name = "South" } });
        _db.BulkInsert(Enumerable.Range(1, 300).Select(i => new Product
        {
            Name = $"Product {i}", Sku = $"SKU-{i:D4}", ProductTypeId = (int)ProductType.SimpleProduct, VisibleIndividually = true, Published = true,
            ManageInventoryMethodId = (int)(i > 250 ? ManageInventoryMethod.ManageStockByAttributes : ManageInventoryMethod.ManageStock),
            UseMultipleWarehouses = i is > 200 and <= 250, StockQuantity = i % 7, BackorderModeId = (int)BackorderMode.AllowQtyBelow0AndNotifyCustomer,
            OrderMinimumQuantity = 1, OrderMaximumQuantity = 10_000, CreatedOnUtc = created, UpdatedOnUtc = created
        }));
        _db.BulkInsert(Enumerable.Range(251, 50).SelectMany(p => new[] { "S", "L" }.Select(size => new ProductAttributeCombination
        {
            ProductId = p, AttributesXml = Xml(size), Sku = $"SKU-{p:D4}-{size}", StockQuantity = p % 5
        })));
        _db.BulkInsert(Enumerable.Range(201, 50).SelectMany(p => new[] { 1, 2 }.Select(w => new ProductWarehouseInventory
        {
            ProductId = p, WarehouseId = w, StockQuantity = 4, ReservedQuantity = w
        })));
        _db.BulkInsert(Enumerable.Range(1, 30).Select(i => new ProductBackorderSetting
        {
            ProductId = i * 10, ExpectedRestockDateUtc = created.AddDays(30), UpdatedOnUtc = created
        }));
        _db.BulkInsert(Enumerable.Range(1, Orders).Select(i => new Order
        {
            OrderGuid = Guid.NewGuid(), CustomOrderNumber = $"{10_000 + i}", CreatedOnUtc = created, OrderStatusId = (int)OrderStatus.Processing
        }));
        var items = Enumerable.Range(1, Orders).SelectMany(o => Enumerable.Range(0, LinesPerOrder).Select(l =>
        {
            var product = (o * 7 + l * 101) % 300 + 1;
            return new OrderItem
            {
                OrderItemGuid = Guid.NewGuid(), OrderId = o, ProductId = product, Quantity = 1 + (o + l) % 4,
                AttributesXml = product > 250 ? Xml(o % 2 == 0 ? "S" : "L") : null,
                AttributeDescription = product > 250 ? (o % 2 == 0 ? "Size: S" : "Size: L") : null
            };
        })).ToList();
        _db.BulkInsert(items);
        _db.BulkInsert(items.Select((item, i) => (item, id: i + 1)).Where(x => x.id % 3 == 0).Select(x => new OrderItemBackorder
        {
            OrderId = x.item.OrderId, OrderItemId = x.id, ProductId = x.item.ProductId, QuantityOrdered = x.item.Quantity,
            QuantityBackordered = x.item.Quantity, WarehouseId = x.item.ProductId is > 200 and <= 250 ? 1 : null,
            Status = BackorderLineStatus.Open, CreatedOnUtc = created, UpdatedOnUtc = created
        }));
        _db.Analyze();

        var settings = new BackorderSettings
        {
            PickListBackorderMessage = "[orderItemQtyBackordered] of the items you ordered are on backorder, and we only have [cataloginventoryItemQty] available right now"
        };
        _service = new PickListService(_db.Repository<Order>(), _db.Repository<OrderItem>(), _db.Repository<Product>(),
            _db.Repository<ProductAttributeCombination>(), _db.Repository<ProductWarehouseInventory>(), _db.Repository<Warehouse>(),
            _db.Repository<OrderItemBackorder>(), _db.Repository<ProductBackorderSetting>(),
            BenchmarkDatabase.NoOp<IProductAttributeParser>.Create(), BenchmarkDatabase.NoOp<ILocalizationService>.Create(), settings, []);
        _orderIds = Enumerable.Range(1, Orders).ToList();

        var list = _service.BuildAsync(_orderIds, PickListGrouping.ByOrder).GetAwaiter().GetResult();
        if (list.Lines.Count != Orders * LinesPerOrder || list.Lines.Count(l => l.Message.Length > 0) != Orders * LinesPerOrder / 3
            || list.Lines.Where(l => l.ProductId > 250).Any(l => l.CombinationId is null))
            throw new InvalidOperationException("the pick list does not have the expected lines");
        if (PlainQuery().GetAwaiter().GetResult() != Orders * LinesPerOrder)
            throw new InvalidOperationException("the plain query does not read every line");
    }

    private static string Xml(string size) => $"<Attributes><ProductAttribute ID=\"1\"><ProductAttributeValue><Value>{size}</Value></ProductAttributeValue></ProductAttribute></Attributes>";

    [GlobalCleanup]
    public void Cleanup() => _db?.Dispose();

    [Benchmark(Baseline = true, Description = "order items joined with products, one query")]
    public async Task<int> PlainQuery()
    {
        var ids = _orderIds;
        await using var connection = _db.OpenConnection();
        var rows = await (from item in connection.GetTable<OrderItem>()
                          join product in connection.GetTable<Product>() on item.ProductId equals product.Id
                          where ids.Contains(item.OrderId)
                          select new { item.Id, item.OrderId, item.Quantity, item.AttributeDescription, product.Name, product.Sku, product.StockQuantity })
            .ToListAsync();
        return rows.Count;
    }

    [Benchmark(Description = "pick list by order (1,000 orders x 3 lines)")]
    public async Task<int> ByOrder() => (await _service.BuildAsync(_orderIds, PickListGrouping.ByOrder)).Lines.Count;

    [Benchmark(Description = "pick list by product")]
    public async Task<int> ByProduct() => (await _service.BuildAsync(_orderIds, PickListGrouping.ByProduct)).Lines.Count;
}
