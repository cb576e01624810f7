using LinqToDB;
using LinqToDB.Data;
using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;
using Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Nop.Services.Catalog;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>
/// One application instance of the plugin over a shared test database: its own data provider (a connection per call, as
/// nopCommerce's), its own atomic stock service, its own "cached" combination instances (stale, as nopCommerce's static
/// cache hands them out) and its own mocks. <see cref="PlaceLineAsync"/> runs what nopCommerce's order placement runs for
/// one cart line, with the plugin installed: AdjustInventoryAsync (the plugin's decision; nopCommerce's base, which throws
/// in the reference surface, only writes history from there) and then ShoppingCartItemMovedToOrderItemEvent.
/// Each call is one request: new scoped services.
/// </summary>
public sealed class LedgerInstance
{
    public const string PlaceOrderFormat = "The stock quantity has been reduced by placing the order #{0}";

    private readonly Dictionary<int, ProductAttributeCombination> _combinations = [];
    private readonly TestDatabase _database;

    public LedgerInstance(TestDatabase database, int backorderLimit = 0)
    {
        _database = database;
        Dialect = LedgerData.DialectFor(database.Provider);
        DataProvider = database.GetNopDataProvider();
        Stock = new AtomicStockService(DataProvider, Dialect);
        Inventory.Setup(i => i.GetBackorderLimitAsync(It.IsAny<Product>())).ReturnsAsync(backorderLimit);
        Localization.Setup(l => l.GetResourceAsync(ProductServiceOverrides.PlaceOrderMessageKey)).ReturnsAsync(PlaceOrderFormat);
        Localization.Setup(l => l.GetResourceAsync(ProductServiceOverrides.LimitRefusedKey)).ReturnsAsync("\"{0}\": backorder limit reached");
        Parser.Setup(p => p.FindProductAttributeCombinationAsync(It.IsAny<Product>(), It.IsAny<string>(), true))
            .ReturnsAsync((Product product, string xml, bool _) => Combination(product.Id, xml));
    }

    public BackorderSqlDialect Dialect { get; }
    public INopDataProvider DataProvider { get; }
    public AtomicStockService Stock { get; }
    public Mock<IEventPublisher> Events { get; } = new();
    public Mock<IBackorderInventoryService> Inventory { get; } = new();
    public Mock<ILocalizationService> Localization { get; } = new();
    public Mock<IProductAttributeParser> Parser { get; } = new();

    /// <summary>The combination of that product and attributes as this instance's cache holds it (read once).</summary>
    private ProductAttributeCombination Combination(int productId, string xml)
    {
        lock (_combinations)
        {
            var cached = _combinations.Values.FirstOrDefault(c => c.ProductId == productId && c.AttributesXml == xml);
            if (cached is not null)
                return cached;

            using var connection = new DataConnection(_database.DataOptions);
            cached = connection.GetTable<ProductAttributeCombination>().FirstOrDefault(c => c.ProductId == productId && c.AttributesXml == xml);
            if (cached is not null)
                _combinations[cached.Id] = cached;
            return cached;
        }
    }

    /// <summary>One cart line of one order, as nopCommerce places it; false when the backorder limit refused it.</summary>
    public Task<bool> PlaceLineAsync(Product product, int quantity, int orderId, int orderItemId, string attributesXml = "") =>
        PlaceLineAsync(product, quantity, orderId, orderItemId, attributesXml, []);

    /// <summary>
    /// The same, with products attached to the line through "associated product" attribute values: as nopCommerce's
    /// AdjustInventoryAsync does after the line's own product, each adjusted by quantity × the value's quantity in a nested
    /// call (inside the outer call's <see cref="AttachedStockScope"/>), with the message passed as attributes and no message.
    /// </summary>
    public async Task<bool> PlaceLineAsync(Product product, int quantity, int orderId, int orderItemId, string attributesXml,
        IReadOnlyList<(Product Product, int PerItem)> attached)
    {
        var captures = new BackorderCaptures();
        var overrides = new ProductServiceOverrides(Stock, Events.Object, new Mock<IHttpContextAccessor>().Object, InstalledStub.Yes,
            Inventory.Object, Parser.Object, captures, Localization.Object);
        var message = string.Format(PlaceOrderFormat, orderId);
        try
        {
            await overrides.AdjustStockAtomicallyAsync(product, -quantity, attributesXml, message);
            using (AttachedStockScope.Enter(product.Id, attributesXml, -quantity))
            {
                foreach (var (part, perItem) in attached)
                    await overrides.AdjustStockAtomicallyAsync(part, -quantity * perItem, message, "");
            }
        }
        catch (BackorderLimitExceededException)
        {
            return false;
        }

        var ledger = new BackorderLedgerService(Events.Object, new LinqToDbRepository<OrderItemBackorder>(_database.DataOptions));
        await new OrderItemMovedConsumer(captures, InstalledStub.Yes, ledger).HandleEventAsync(new ShoppingCartItemMovedToOrderItemEvent(
            new ShoppingCartItem { ProductId = product.Id, Quantity = quantity, AttributesXml = attributesXml },
            new OrderItem { Id = orderItemId, OrderId = orderId, ProductId = product.Id, Quantity = quantity, AttributesXml = attributesXml }));
        return true;
    }

    /// <summary>
    /// The same line through nopCommerce's plain read-modify-write, imitated (the baseline): read the entity, add the change,
    /// write the whole entity back; the backordered part from the value read.
    /// </summary>
    public async Task PlacePlainLineAsync(Product product, int quantity, int orderId, int orderItemId, string attributesXml = "")
    {
        int stockBefore;
        int? combinationId = null;
        int? warehouseId = null;
        var backordered = 0;
        if (product.ManageInventoryMethod == ManageInventoryMethod.ManageStockByAttributes)
        {
            var combinations = new LinqToDbRepository<ProductAttributeCombination>(_database.DataOptions);
            var combination = (await combinations.GetAllAsync(q => q.Where(c => c.ProductId == product.Id && c.AttributesXml == attributesXml))).Single();
            stockBefore = combination.StockQuantity;
            combination.StockQuantity -= quantity;
            await combinations.UpdateAsync(combination);
            combinationId = combination.Id;
        }
        else if (product.UseMultipleWarehouses)
        {
            var inventory = new LinqToDbRepository<ProductWarehouseInventory>(_database.DataOptions);
            var rows = await inventory.GetAllAsync(q => q.Where(w => w.ProductId == product.Id));
            stockBefore = rows.Sum(r => Math.Max(0, r.StockQuantity - r.ReservedQuantity));
            foreach (var share in WarehouseReservationRule.Plan(rows, quantity))
            {
                var row = rows.Single(r => r.Id == share.RowId);
                row.ReservedQuantity += share.FromStock + share.Backordered;
                if (share.Backordered > 0)
                    (backordered, warehouseId) = (share.Backordered, share.WarehouseId);
            }

            await inventory.UpdateAsync(rows);
        }
        else
        {
            var products = new LinqToDbRepository<Product>(_database.DataOptions);
            var stored = await products.GetByIdAsync(product.Id);
            stockBefore = stored.StockQuantity;
            stored.StockQuantity -= quantity;
            await products.UpdateAsync(stored);
        }

        if (!product.UseMultipleWarehouses)
            backordered = LedgerCapture.BackorderedPart(quantity, stockBefore);
        await new BackorderLedgerService(Events.Object, new LinqToDbRepository<OrderItemBackorder>(_database.DataOptions))
            .RecordBackorderedLineAsync(new OrderItem { Id = orderItemId, OrderId = orderId },
                new LineCapture(product.Id, attributesXml, quantity, backordered, stockBefore, combinationId, warehouseId));
    }
}

public static class LedgerData
{
    public static BackorderSqlDialect DialectFor(DatabaseProvider provider) => PolicyHarness.DialectFor(provider);

    public static List<OrderItemBackorder> LedgerRows(TestDatabase database)
    {
        using var connection = new DataConnection(database.DataOptions);
        return connection.GetTable<OrderItemBackorder>().OrderBy(r => r.Id).ToList();
    }

    public static async Task<Product> InsertProductAsync(TestDatabase database, int stock, BackorderMode mode = BackorderMode.AllowQtyBelow0AndNotifyCustomer,
        ManageInventoryMethod method = ManageInventoryMethod.ManageStock, bool multipleWarehouses = false)
    {
        var product = PolicyData.NewProduct(1, mode, p =>
        {
            p.StockQuantity = stock;
            p.ManageInventoryMethodId = (int)method;
            p.UseMultipleWarehouses = multipleWarehouses;
        });
        await database.GetRepository<Product>().InsertAsync(product, publishEvent: false);
        return product;
    }

    public static async Task<ProductAttributeCombination> InsertCombinationAsync(TestDatabase database, int productId, string xml, int stock)
    {
        var combination = new ProductAttributeCombination { ProductId = productId, AttributesXml = xml, StockQuantity = stock, AllowOutOfStockOrders = true };
        await database.GetRepository<ProductAttributeCombination>().InsertAsync(combination, publishEvent: false);
        return combination;
    }

    public static async Task<List<ProductWarehouseInventory>> InsertWarehousesAsync(TestDatabase database, int productId, params (int Stock, int Reserved)[] rows)
    {
        var list = rows.Select((r, i) => new ProductWarehouseInventory { ProductId = productId, WarehouseId = i + 1, StockQuantity = r.Stock, ReservedQuantity = r.Reserved }).ToList();
        await database.GetRepository<ProductWarehouseInventory>().InsertAsync(list, publishEvent: false);
        return list;
    }

    public static List<ProductWarehouseInventory> Warehouses(TestDatabase database, int productId)
    {
        using var connection = new DataConnection(database.DataOptions);
        return connection.GetTable<ProductWarehouseInventory>().Where(w => w.ProductId == productId).OrderBy(w => w.Id).ToList();
    }

    /// <summary>The stock the customer sees: product stock, combination stock, or Σ stock − Σ reserved.</summary>
    public static int Available(TestDatabase database, Product product, int? combinationId = null)
    {
        using var connection = new DataConnection(database.DataOptions);
        if (combinationId is { } id)
            return connection.GetTable<ProductAttributeCombination>().Single(c => c.Id == id).StockQuantity;
        if (product.UseMultipleWarehouses)
            return connection.GetTable<ProductWarehouseInventory>().Where(w => w.ProductId == product.Id).ToList().Sum(w => w.StockQuantity - w.ReservedQuantity);
        return connection.GetTable<Product>().Single(p => p.Id == product.Id).StockQuantity;
    }
}
