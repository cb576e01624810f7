using System.Reflection;
using Backorders.Benchmarks.Data;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;
using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Services.Catalog;
using Nop.Services.Localization;

namespace Backorders.Benchmarks;

/// <summary>
/// Placing one order line of one unit, the plugin's part of it: the baseline is the atomic stock change alone (what
/// placement cost before the ledger: one UPDATE … RETURNING); against it, the same line with ledger capture
/// (<see cref="ProductServiceOverrides.AdjustStockAtomicallyAsync"/> then <see cref="OrderItemMovedConsumer"/>, as
/// nopCommerce calls them), once for a product always in stock (target: no extra statement) and once for a product always
/// below zero (target: one INSERT of the ledger row). The statements each case sends are counted once in the setup and printed.
/// </summary>
[MemoryDiagnoser]
public class LedgerCaptureBenchmarks
{
    private const string PlaceOrder = "The stock quantity has been reduced by placing the order #{0}";

    private BenchmarkDatabase _db;
    private CountingDataProvider _counting;
    private CountingLedgerRepository _ledger;
    private AtomicStockService _stock;
    private Product _inStock;
    private Product _backordered;
    private int _orderItemId;

    [ParamsSource(nameof(Databases))]
    public DatabaseProvider Database { get; set; }

    public static IEnumerable<DatabaseProvider> Databases => BenchmarkDatabase.Available;

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.CreateWithSchema(Database);
        var dialect = Database == DatabaseProvider.PostgreSql ? BackorderSqlDialect.PostgreSql : BenchmarkDatabase.SqliteDialect;
        _counting = new CountingDataProvider(NopDataProviderProxy.Create(_db.DataOptions));
        _stock = new AtomicStockService(_counting.Proxy, dialect);
        _ledger = new CountingLedgerRepository(_db);

        var products = _db.Repository<Product>();
        _inStock = NewProduct("in stock", int.MaxValue / 2);
        _backordered = NewProduct("backordered", -1000);
        products.InsertAsync(_inStock, false).GetAwaiter().GetResult();
        products.InsertAsync(_backordered, false).GetAwaiter().GetResult();

        foreach (var (name, run) in new (string, Func<Task>)[]
                 {
                     ("without ledger", WithoutLedger), ("with ledger, in stock", WithLedgerInStock), ("with ledger, backordered", WithLedgerBackordered)
                 })
        {
            var (statements, inserts) = (_counting.Calls, _ledger.Inserts);
            run().GetAwaiter().GetResult();
            Console.WriteLine($"// {Database} {name}: {_counting.Calls - statements} stock statement(s), {_ledger.Inserts - inserts} ledger insert(s)");
        }
    }

    private static Product NewProduct(string name, int stock) => new()
    {
        Name = name, ProductTypeId = (int)ProductType.SimpleProduct, ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStock,
        BackorderModeId = (int)BackorderMode.AllowQtyBelow0AndNotifyCustomer, StockQuantity = stock, OrderMinimumQuantity = 1,
        OrderMaximumQuantity = 10000, Published = true, CreatedOnUtc = DateTime.UtcNow, UpdatedOnUtc = DateTime.UtcNow
    };

    [GlobalCleanup]
    public void Cleanup() => _db?.Dispose();

    [Benchmark(Baseline = true, Description = "atomic stock change, no ledger")]
    public Task WithoutLedger() => _stock.AddToProductStockAsync(_inStock.Id, -1);

    [Benchmark(Description = "with ledger capture, line in stock")]
    public Task WithLedgerInStock() => PlaceAsync(_inStock);

    [Benchmark(Description = "with ledger capture, line backordered")]
    public Task WithLedgerBackordered() => PlaceAsync(_backordered);

    private async Task PlaceAsync(Product product)
    {
        // One request's scoped services, as nopCommerce resolves them.
        var captures = new BackorderCaptures();
        var overrides = new ProductServiceOverrides(_stock, BenchmarkDatabase.NoOp<IEventPublisher>.Create(),
            BenchmarkDatabase.NoOp<IHttpContextAccessor>.Create(), Installed.Yes, BenchmarkDatabase.NoOp<IBackorderInventoryService>.Create(),
            BenchmarkDatabase.NoOp<IProductAttributeParser>.Create(), captures, Resources.Create());
        var orderItemId = Interlocked.Increment(ref _orderItemId);
        await overrides.AdjustStockAtomicallyAsync(product, -1, "", string.Format(PlaceOrder, orderItemId));
        await new OrderItemMovedConsumer(captures, Installed.Yes, new BackorderLedgerService(BenchmarkDatabase.NoOp<IEventPublisher>.Create(), _ledger))
            .HandleEventAsync(new ShoppingCartItemMovedToOrderItemEvent(
                new ShoppingCartItem { ProductId = product.Id, Quantity = 1, AttributesXml = "" },
                new OrderItem { Id = orderItemId, OrderId = orderItemId, ProductId = product.Id, Quantity = 1 }));
    }

    private sealed class Installed : IBackordersInstalled
    {
        public static readonly Installed Yes = new();
        public Task<bool> IsInstalledAsync() => Task.FromResult(true);
    }

    /// <summary>nopCommerce's localization (cached in memory there): the place-order history message.</summary>
    public class Resources : DispatchProxy
    {
        public static ILocalizationService Create() => Create<ILocalizationService, Resources>();

        protected override object Invoke(MethodInfo targetMethod, object[] args) =>
            targetMethod!.Name == nameof(ILocalizationService.GetResourceAsync) && targetMethod.ReturnType == typeof(Task<string>)
                ? Task.FromResult(PlaceOrder)
                : throw new NotSupportedException(targetMethod.Name);
    }

    /// <summary>Counts the statements sent through INopDataProvider.</summary>
    private sealed class CountingDataProvider
    {
        private int _calls;

        public CountingDataProvider(INopDataProvider inner)
        {
            Proxy = Counter.Create(inner, () => Interlocked.Increment(ref _calls));
        }

        public INopDataProvider Proxy { get; }
        public int Calls => _calls;
    }

    public class Counter : DispatchProxy
    {
        private INopDataProvider _inner;
        private Action _count;

        public static INopDataProvider Create(INopDataProvider inner, Action count)
        {
            var proxy = Create<INopDataProvider, Counter>();
            ((Counter)(object)proxy)._inner = inner;
            ((Counter)(object)proxy)._count = count;
            return proxy;
        }

        protected override object Invoke(MethodInfo targetMethod, object[] args)
        {
            _count();
            return targetMethod!.Invoke(_inner, args);
        }
    }

    private sealed class CountingLedgerRepository(BenchmarkDatabase db) : LinqToDbRepository<OrderItemBackorder>(db.DataOptions)
    {
        public int Inserts { get; private set; }

        public override Task InsertAsync(OrderItemBackorder entity, bool publishEvent = true)
        {
            Inserts++;
            return base.InsertAsync(entity, publishEvent);
        }
    }
}
