using LinqToDB;
using LinqToDB.Data;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>
/// The ledger's life-cycle services over a <see cref="TestDatabase"/>: real repositories and statements in the provider's
/// spelling; event publisher mocked (its calls are the published events). Each instance is one "application instance":
/// its own service graph and connections, sharing only the database.
/// </summary>
public sealed class LifeHarness
{
    private readonly ServiceProvider _services;

    public LifeHarness(TestDatabase database)
    {
        Database = database;
        Statements = StatementsFor(database.Provider);
        DataProvider = database.GetNopDataProvider();
        Installed.Setup(i => i.IsInstalledAsync()).ReturnsAsync(true);

        _services = new ServiceCollection()
            .AddSingleton(database.DataOptions)
            .AddSingleton<IList<RepositoryEvent>>(database.Events)
            .AddSingleton(Publisher.Object)
            .AddTransient(typeof(IRepository<>), typeof(LinqToDbRepository<>))
            .AddSingleton(DataProvider)
            .AddSingleton(Statements)
            .AddSingleton(PolicyHarness.DialectFor(database.Provider))
            .AddSingleton(Installed.Object)
            .AddSingleton(Settings)
            .AddSingleton(new Mock<IStaticCacheManager>().Object)
            .AddScoped<IBackorderFillService, BackorderFillService>()
            .AddScoped<IBackorderLifecycleService, BackorderLifecycleService>()
            .AddScoped<LedgerWork>()
            .AddScoped<IBackorderNoticeService>(_ => Notices.Object)
            .AddSingleton(Logger.Object)
            .AddSingleton<Nop.Services.Catalog.IProductAttributeParser>(new CombinationByXml(database))
            .AddScoped<RequestContext>()
            .AddScoped<Microsoft.AspNetCore.Http.IHttpContextAccessor>(sp => sp.GetRequiredService<RequestContext>())
            .AddScoped<LedgerConsumers>()
            .BuildServiceProvider();
    }

    public static LedgerStatements StatementsFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => LedgerStatements.For(DataProviderType.PostgreSQL),
        DatabaseProvider.MariaDb => LedgerStatements.For(DataProviderType.MySql),
        _ => new LedgerStatements(TestSql.Dialect, FillShape.ImmediateTransaction)
    };

    public TestDatabase Database { get; }

    public LedgerStatements Statements { get; }

    public INopDataProvider DataProvider { get; }

    public Mock<IEventPublisher> Publisher { get; } = new();

    public Mock<IBackordersInstalled> Installed { get; } = new();

    public BackorderSettings Settings { get; } = new();

    public Mock<IBackorderNoticeService> Notices { get; } = new();

    /// <summary>Failures of the ledger's work are logged; the tests' TearDown-free check: nothing was.</summary>
    public Mock<Nop.Services.Logging.ILogger> Logger { get; } = new(MockBehavior.Strict);

    public BackorderFillService FillService() => ActivatorUtilities.CreateInstance<BackorderFillService>(_services);

    /// <summary>One request: its own scope (work queue, services) and HTTP context; <see cref="LifeRequest.EndAsync"/> ends it.</summary>
    public LifeRequest Request() => new(_services.CreateScope());

    public IReadOnlyList<T> Published<T>() => Publisher.Invocations
        .Where(i => i.Method.Name == nameof(IEventPublisher.PublishAsync))
        .Select(i => i.Arguments[0])
        .OfType<T>()
        .ToList();
}

/// <summary>Rows for the life-cycle tests: orders, items and ledger lines written directly (as the capture would leave them).</summary>
public static class LifeData
{
    public static readonly DateTime Created = new(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc);

    public static async Task<Product> ProductAsync(TestDatabase db, int stock, Action<Product> change = null)
    {
        var product = PolicyData.NewProduct(1, BackorderMode.AllowQtyBelow0, p =>
        {
            p.StockQuantity = stock;
            change?.Invoke(p);
        });
        await db.GetRepository<Product>().InsertAsync(product, publishEvent: false);
        return product;
    }

    public static async Task<Order> OrderAsync(TestDatabase db, OrderStatus status = OrderStatus.Processing)
    {
        var order = new Order
        {
            OrderGuid = Guid.NewGuid(), StoreId = 1, CustomerId = 1, OrderStatus = status, CreatedOnUtc = Created, CustomOrderNumber = "x"
        };
        await db.GetRepository<Order>().InsertAsync(order, publishEvent: false);
        return order;
    }

    public static async Task<OrderItem> ItemAsync(TestDatabase db, Order order, Product product, int quantity, string attributesXml = "")
    {
        var item = new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = order.Id, ProductId = product.Id, Quantity = quantity, AttributesXml = attributesXml };
        await db.GetRepository<OrderItem>().InsertAsync(item, publishEvent: false);
        return item;
    }

    /// <summary>A ledger line as the capture records it: <paramref name="backordered"/> of the item's units wait.</summary>
    public static async Task<OrderItemBackorder> LineAsync(TestDatabase db, OrderItem item, int backordered, int? combinationId = null,
        int filled = 0, int cancelled = 0)
    {
        var q = LineQuantities.New(item.Quantity, backordered);
        var row = new OrderItemBackorder
        {
            OrderId = item.OrderId, OrderItemId = item.Id, ProductId = item.ProductId, CombinationId = combinationId,
            QuantityOrdered = item.Quantity, QuantityBackordered = backordered, QuantityFilled = filled, QuantityCancelled = cancelled,
            Status = LineQuantities.StatusFor(backordered, filled, cancelled, lineCancelled: false),
            CreatedOnUtc = Created, UpdatedOnUtc = Created
        };
        await db.GetRepository<OrderItemBackorder>().InsertAsync(row, publishEvent: false);
        return row;
    }

    /// <summary>An order of one item with a waiting line: the common setup.</summary>
    public static async Task<(Order Order, OrderItem Item, OrderItemBackorder Line)> BackorderedOrderAsync(TestDatabase db, Product product,
        int quantity, int backordered, int? combinationId = null, string attributesXml = "")
    {
        var order = await OrderAsync(db);
        var item = await ItemAsync(db, order, product, quantity, attributesXml);
        var line = await LineAsync(db, item, backordered, combinationId);
        return (order, item, line);
    }

    public static List<OrderItemBackorder> Lines(TestDatabase db)
    {
        using var connection = new DataConnection(db.DataOptions);
        return connection.GetTable<OrderItemBackorder>().OrderBy(l => l.OrderId).ThenBy(l => l.Id).ToList();
    }

    public static OrderItemBackorder LineOf(TestDatabase db, OrderItem item) => Lines(db).SingleOrDefault(l => l.OrderItemId == item.Id && l.ProductId == item.ProductId);

    public static int StockOf(TestDatabase db, Product product)
    {
        using var connection = new DataConnection(db.DataOptions);
        return connection.GetTable<Product>().Where(p => p.Id == product.Id).Select(p => p.StockQuantity).Single();
    }

    public static void SetStock(TestDatabase db, Product product, int stock)
    {
        using var connection = new DataConnection(db.DataOptions);
        connection.GetTable<Product>().Where(p => p.Id == product.Id).Set(p => p.StockQuantity, stock).Update();
        product.StockQuantity = stock;
    }

    public static int Open(OrderItemBackorder line) => line.QuantityBackordered - line.QuantityFilled - line.QuantityCancelled;
}

/// <summary>An HTTP context per scope (nopCommerce's accessor is per async flow; tests need one per simulated request).</summary>
public sealed class RequestContext : Microsoft.AspNetCore.Http.IHttpContextAccessor
{
    public RequestContext()
    {
        HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        HttpContext.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpResponseFeature>(Response);
    }

    public RecordingResponse Response { get; } = new();

    public Microsoft.AspNetCore.Http.HttpContext HttpContext { get; set; }
}

/// <summary>A response that records OnStarting callbacks and runs them when the test ends the request.</summary>
public sealed class RecordingResponse : Microsoft.AspNetCore.Http.Features.HttpResponseFeature
{
    private readonly List<(Func<object, Task> Callback, object State)> _starting = [];

    public int Scheduled => _starting.Count;

    public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

    public async Task StartAsync()
    {
        // ASP.NET Core runs them last registered first.
        for (var i = _starting.Count - 1; i >= 0; i--)
            await _starting[i].Callback(_starting[i].State);
        _starting.Clear();
    }
}

/// <summary>One simulated request: publish nopCommerce's events in nopCommerce's order, then end it.</summary>
public sealed class LifeRequest(IServiceScope scope) : IDisposable
{
    public IServiceProvider Services => scope.ServiceProvider;

    public Task PublishAsync<T>(T @event) => ((Nop.Services.Events.IConsumer<T>)Services.GetRequiredService<LedgerConsumers>()).HandleEventAsync(@event);

    /// <summary>The response starts: the ledger work queued in this request runs.</summary>
    public Task EndAsync() => Services.GetRequiredService<RequestContext>().Response.StartAsync();

    public void Dispose() => scope.Dispose();
}

/// <summary>nopCommerce's combination lookup, reduced to what the tests need: the product's combination with the same attributes XML.</summary>
public sealed class CombinationByXml(TestDatabase database) : Nop.Services.Catalog.IProductAttributeParser
{
    public Task<ProductAttributeCombination> FindProductAttributeCombinationAsync(Product product, string attributesXml, bool ignoreNonCombinableAttributes = true)
    {
        using var connection = new DataConnection(database.DataOptions);
        return Task.FromResult(connection.GetTable<ProductAttributeCombination>()
            .FirstOrDefault(c => c.ProductId == product.Id && c.AttributesXml == attributesXml));
    }
}
