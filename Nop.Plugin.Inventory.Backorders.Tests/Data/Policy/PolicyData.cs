using LinqToDB;
using LinqToDB.Data;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Services.Configuration;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

/// <summary>
/// The plugin's data services over a <see cref="TestDatabase"/>: real repositories (<see cref="LinqToDbRepository{TEntity}"/>),
/// the harness's <see cref="INopDataProvider"/>, real <see cref="BackorderStatements"/> in the provider's dialect; the event
/// publisher, the static cache and the setting service are Moq mocks. Services are built with
/// <see cref="ActivatorUtilities"/>, so a constructor that gains a repository still gets a real one.
/// </summary>
public sealed class PolicyHarness
{
    private readonly ServiceProvider _services;

    public PolicyHarness(TestDatabase database)
    {
        Database = database;
        Dialect = DialectFor(database.Provider);
        Statements = new BackorderStatements(Dialect);
        DataProvider = database.GetNopDataProvider();

        _services = new ServiceCollection()
            .AddSingleton(database.DataOptions)
            .AddSingleton<IList<RepositoryEvent>>(database.Events)
            .AddSingleton(Publisher.Object)
            .AddTransient(typeof(IRepository<>), typeof(LinqToDbRepository<>))
            .AddSingleton(DataProvider)
            .AddSingleton(Dialect)
            .AddSingleton(Statements)
            .AddSingleton(Cache.Object)
            .AddSingleton(Settings.Object)
            .BuildServiceProvider();
    }

    public TestDatabase Database { get; }

    public BackorderSqlDialect Dialect { get; }

    public BackorderStatements Statements { get; }

    public INopDataProvider DataProvider { get; }

    public Mock<IEventPublisher> Publisher { get; } = new();

    public Mock<IStaticCacheManager> Cache { get; } = new();

    public Mock<ISettingService> Settings { get; } = new();

    public BackorderPolicyService PolicyService() => ActivatorUtilities.CreateInstance<BackorderPolicyService>(_services);

    public AtomicStockService StockService() => ActivatorUtilities.CreateInstance<AtomicStockService>(_services);

    public IRepository<T> Repository<T>() where T : Nop.Core.BaseEntity => _services.GetRequiredService<IRepository<T>>();

    /// <summary>Events of type <typeparamref name="T"/> published through the mock, in order (entity events of the repositories included).</summary>
    public IReadOnlyList<T> Published<T>() => Publisher.Invocations
        .Where(i => i.Method.Name == nameof(IEventPublisher.PublishAsync))
        .Select(i => i.Arguments[0])
        .OfType<T>()
        .ToList();

    /// <summary>Every prefix passed to <see cref="IStaticCacheManager.RemoveByPrefixAsync"/>, in order.</summary>
    public IReadOnlyList<string> RemovedCachePrefixes => Cache.Invocations
        .Where(i => i.Method.Name == nameof(IStaticCacheManager.RemoveByPrefixAsync))
        .Select(i => (string)i.Arguments[0])
        .ToList();

    /// <summary>The plugin's spelling for the provider; SQLite (tests only) uses <see cref="TestSql.Dialect"/>.</summary>
    public static BackorderSqlDialect DialectFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => BackorderSqlDialect.PostgreSql,
        DatabaseProvider.MariaDb => BackorderSqlDialect.MySql,
        _ => TestSql.Dialect
    };

    /// <summary>The policy service with its other services as above but <paramref name="dataProvider"/> (e.g. one that records the SQL).</summary>
    public BackorderPolicyService PolicyServiceWith(INopDataProvider dataProvider) =>
        ActivatorUtilities.CreateInstance<BackorderPolicyService>(_services, dataProvider);
}

/// <summary>Rows for the policy tests: products tagged by <see cref="Product.VendorId"/> and fast multi-row inserts.</summary>
public static class PolicyData
{
    public static readonly DateTime Created = new(2026, 11, 27, 9, 30, 0, DateTimeKind.Utc);

    /// <summary>A managed-stock simple product, stock 10, nothing set by a low-stock activity; <paramref name="tag"/> goes to VendorId.</summary>
    public static Product NewProduct(int tag, BackorderMode mode = BackorderMode.NoBackorders, Action<Product> change = null)
    {
        var product = new Product
        {
            ProductTypeId = (int)ProductType.SimpleProduct,
            VisibleIndividually = true,
            Name = $"Product {tag}",
            VendorId = tag,
            ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStock,
            StockQuantity = 10,
            MinStockQuantity = 0,
            LowStockActivityId = (int)LowStockActivity.Nothing,
            BackorderModeId = (int)mode,
            OrderMinimumQuantity = 1,
            OrderMaximumQuantity = 10000,
            Published = true,
            CreatedOnUtc = Created,
            UpdatedOnUtc = Created
        };
        change?.Invoke(product);
        return product;
    }

    public static ProductBackorderSetting Row(int productId, bool usesDefault, LowStockFlags flags = LowStockFlags.None) => new()
    {
        ProductId = productId, UsesDefaultPolicy = usesDefault, LowStockFlagsSetByActivity = (int)flags, UpdatedOnUtc = Created
    };

    /// <summary>
    /// Multi-row INSERTs (linq2db BulkCopy, 1,000 rows a statement) without reading identities back; with
    /// <paramref name="keepIdentity"/> the rows' own Ids are written (to place rows at batch boundaries).
    /// </summary>
    public static async Task BulkInsertAsync<T>(TestDatabase database, IEnumerable<T> rows, bool keepIdentity = false) where T : class
    {
        await using var connection = new DataConnection(database.DataOptions);
        await connection.BulkCopyAsync(new BulkCopyOptions
        {
            BulkCopyType = BulkCopyType.MultipleRows, MaxBatchSize = 1000, KeepIdentity = keepIdentity
        }, rows);
    }

    /// <summary>Product id by tag (VendorId).</summary>
    public static Dictionary<int, int> ProductIdsByTag(TestDatabase database)
    {
        using var connection = new DataConnection(database.DataOptions);
        return connection.GetTable<Product>().Select(p => new { p.Id, p.VendorId }).ToList().ToDictionary(p => p.VendorId, p => p.Id);
    }

    public static Dictionary<int, Product> ProductsByTag(TestDatabase database)
    {
        using var connection = new DataConnection(database.DataOptions);
        return connection.GetTable<Product>().ToList().ToDictionary(p => p.VendorId);
    }

    public static Dictionary<int, ProductBackorderSetting> RowsByProductId(TestDatabase database)
    {
        using var connection = new DataConnection(database.DataOptions);
        return connection.GetTable<ProductBackorderSetting>().ToList().ToDictionary(s => s.ProductId);
    }

    /// <summary>Inserts products one statement each with identities read back (small sets).</summary>
    public static async Task<List<Product>> InsertAsync(TestDatabase database, params Product[] products)
    {
        await database.GetRepository<Product>().InsertAsync(products, publishEvent: false);
        return products.ToList();
    }
}

/// <summary>Collects progress reports synchronously (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
public sealed class ProgressLog : IProgress<int>
{
    public List<int> Values { get; } = [];

    public void Report(int value) => Values.Add(value);
}
