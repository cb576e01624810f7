using System.Text;
using LinqToDB;
using LinqToDB.Data;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Logging;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>
/// The import and export services over a <see cref="TestDatabase"/>: real repositories and SQL in the provider's dialect;
/// events, caches, settings (store default <see cref="DefaultMode"/>), texts (the key) and the activity log are mocks.
/// </summary>
public sealed class ImportHarness
{
    public static readonly DateTime Today = new(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);

    private readonly ServiceProvider _services;

    public ImportHarness(TestDatabase database, BackorderMode defaultMode = BackorderMode.NoBackorders)
    {
        Database = database;
        Settings.Setup(s => s.LoadSettingAsync<BackorderSettings>(0)).ReturnsAsync(() => new BackorderSettings { DefaultBackorderMode = DefaultMode });
        DefaultMode = defaultMode;
        Localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);

        _services = new ServiceCollection()
            .AddSingleton(database.DataOptions)
            .AddSingleton<IList<RepositoryEvent>>(database.Events)
            .AddSingleton(Publisher.Object)
            .AddTransient(typeof(IRepository<>), typeof(LinqToDbRepository<>))
            .AddSingleton(database.GetNopDataProvider())
            .AddSingleton(PolicyHarness.DialectFor(database.Provider))
            .AddSingleton(Cache.Object)
            .AddSingleton(Settings.Object)
            .AddSingleton(Localization.Object)
            .AddSingleton(Activity.Object)
            .AddSingleton(Customers.Object)
            .BuildServiceProvider();
    }

    public TestDatabase Database { get; }
    public BackorderMode DefaultMode { get; set; }
    public Mock<IEventPublisher> Publisher { get; } = new();
    public Mock<IStaticCacheManager> Cache { get; } = new();
    public Mock<ISettingService> Settings { get; } = new();
    public Mock<ILocalizationService> Localization { get; } = new();
    public Mock<ICustomerActivityService> Activity { get; } = new();
    public Mock<Nop.Services.Customers.ICustomerService> Customers { get; } = new();

    /// <summary>Rows per batch of the services this harness makes (the import's default unless a test needs several batches).</summary>
    public int BatchSize { get; set; } = BackorderImportService.DefaultBatchSize;

    public BackorderImportService ImportService(INopDataProvider dataProvider = null)
    {
        var service = dataProvider is null
            ? ActivatorUtilities.CreateInstance<BackorderImportService>(_services)
            : ActivatorUtilities.CreateInstance<BackorderImportService>(_services, dataProvider);
        service.UtcNow = () => Today.AddHours(10);
        service.BatchSize = BatchSize;
        return service;
    }

    /// <summary>The job service over this harness's import service; uploads are kept in <paramref name="folder"/>.</summary>
    public StockImportJobService JobService(string folder, INopDataProvider dataProvider = null, StockImportSignal signal = null)
    {
        var service = ActivatorUtilities.CreateInstance<StockImportJobService>(_services, ImportService(dataProvider),
            signal ?? new StockImportSignal());
        service.FileFolder = folder;
        service.UtcNow = () => Today.AddHours(10);
        return service;
    }

    public BackorderExportService ExportService()
    {
        var service = ActivatorUtilities.CreateInstance<BackorderExportService>(_services);
        service.UtcNow = () => Today.AddHours(10);
        return service;
    }

    public async Task<ImportResult> ImportAsync(string csv, ImportMode mode = ImportMode.ApplyValidRows, int vendorId = 0)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await ImportService().ImportAsync(stream, mode, vendorId);
    }

    public async Task<ImportResult> ImportFileAsync(string path, ImportMode mode = ImportMode.ApplyValidRows)
    {
        await using var stream = File.OpenRead(path);
        return await ImportService().ImportAsync(stream, mode);
    }

    public async Task<string> ExportAsync(IReadOnlyCollection<int> productIds = null)
    {
        using var stream = new MemoryStream();
        await ExportService().ExportAsync(stream, productIds);
        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF');
    }

    public IReadOnlyList<T> Published<T>() => Publisher.Invocations
        .Where(i => i.Method.Name == nameof(IEventPublisher.PublishAsync)).Select(i => i.Arguments[0]).OfType<T>().ToList();

    /// <summary>Inserts a product (tag in VendorId, as the policy tests do) with the given SKU; returns it with its Id.</summary>
    public async Task<Product> ProductAsync(string sku, int tag, BackorderMode mode = BackorderMode.NoBackorders, Action<Product> change = null)
    {
        var product = PolicyData.NewProduct(tag, mode, p =>
        {
            p.Sku = sku;
            change?.Invoke(p);
        });
        await PolicyData.InsertAsync(Database, product);
        return product;
    }

    public async Task<ProductBackorderSetting> RecordAsync(int productId, bool usesDefault, LowStockFlags flags = LowStockFlags.None,
        int? limit = null, DateTime? restock = null)
    {
        var row = PolicyData.Row(productId, usesDefault, flags);
        row.BackorderLimit = limit;
        row.ExpectedRestockDateUtc = restock;
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(row, false);
        return row;
    }

    public async Task<ProductAttributeCombination> CombinationAsync(int productId, string sku, int stock = 5, bool allowOutOfStock = false)
    {
        var combination = new ProductAttributeCombination
        {
            ProductId = productId, Sku = sku, StockQuantity = stock, AllowOutOfStockOrders = allowOutOfStock, AttributesXml = "<Attributes />"
        };
        await Database.GetRepository<ProductAttributeCombination>().InsertAsync(combination, false);
        return combination;
    }

    public Product Product(int id)
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<Product>().Single(p => p.Id == id);
    }

    public ProductBackorderSetting Record(int productId)
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<ProductBackorderSetting>().SingleOrDefault(s => s.ProductId == productId);
    }

    public ProductAttributeCombination Combination(int id)
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<ProductAttributeCombination>().Single(c => c.Id == id);
    }

    public bool CombinationHasOwnSetting(int id)
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<CombinationBackorderSetting>().Any(s => s.CombinationId == id);
    }

    public List<StockQuantityHistory> History()
    {
        using var connection = new DataConnection(Database.DataOptions);
        return connection.GetTable<StockQuantityHistory>().OrderBy(h => h.Id).ToList();
    }

    /// <summary>Every stock-relevant value of the catalog, to compare before and after (the database unchanged).</summary>
    public string Snapshot()
    {
        using var connection = new DataConnection(Database.DataOptions);
        var products = connection.GetTable<Product>().OrderBy(p => p.Id).ToList().Select(p =>
            $"{p.Id}:{p.Sku}:{p.StockQuantity}:{p.MinStockQuantity}:{p.ManageInventoryMethodId}:{p.BackorderModeId}:{p.AllowBackInStockSubscriptions}:{p.DisableBuyButton}:{p.DisableWishlistButton}:{p.Published}:{p.UpdatedOnUtc:O}");
        var records = connection.GetTable<ProductBackorderSetting>().OrderBy(s => s.Id).ToList().Select(s =>
            $"{s.ProductId}:{s.UsesDefaultPolicy}:{s.BackorderLimit}:{s.ExpectedRestockDateUtc:O}:{s.LowStockFlagsSetByActivity}");
        var combinations = connection.GetTable<ProductAttributeCombination>().OrderBy(c => c.Id).ToList().Select(c =>
            $"{c.Id}:{c.Sku}:{c.StockQuantity}:{c.AllowOutOfStockOrders}");
        var own = connection.GetTable<CombinationBackorderSetting>().OrderBy(s => s.CombinationId).ToList().Select(s => s.CombinationId.ToString());
        var history = connection.GetTable<StockQuantityHistory>().Count();
        return string.Join("\n", products.Concat(records).Concat(combinations).Concat(own).Append("history:" + history));
    }
}
