using Nop.Core.Domain.Catalog;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LedgerData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>
/// 64 concurrent orders of 1 unit against stock 10, for each inventory method, from one application instance and spread
/// over two (independent service graphs with their own caches and connections, sharing the database: a web farm).
/// Each order is a task of its own, all released at once; every statement runs on its own connection.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class LedgerConcurrencyTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public enum Stock { Product, Combination, TwoWarehouses }

    private const int Orders = 64;
    private const int StartStock = 10;
    private const string Attributes = "<size>L</size>";

    private sealed record Arranged(Product Product, int? CombinationId, string AttributesXml);

    private async Task<Arranged> ArrangeAsync(Stock stock)
    {
        switch (stock)
        {
            case Stock.Combination:
            {
                var product = await InsertProductAsync(Database, 0, Nop.Core.Domain.Catalog.BackorderMode.NoBackorders, ManageInventoryMethod.ManageStockByAttributes);
                var combination = await InsertCombinationAsync(Database, product.Id, Attributes, StartStock);
                return new Arranged(product, combination.Id, Attributes);
            }
            case Stock.TwoWarehouses:
            {
                var product = await InsertProductAsync(Database, 0, multipleWarehouses: true);
                await InsertWarehousesAsync(Database, product.Id, (6, 0), (7, 3));
                return new Arranged(product, null, "");
            }
            default:
                return new Arranged(await InsertProductAsync(Database, StartStock), null, "");
        }
    }

    /// <summary>Runs <paramref name="order"/> for every order number at once; answers how many returned true.</summary>
    private static async Task<int> RunConcurrentlyAsync(Func<int, Task<bool>> order)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, Orders).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            return await order(i);
        })).ToArray();
        gate.SetResult();
        return (await Task.WhenAll(tasks)).Count(ok => ok);
    }

    private string Figures(Stock stock, int instances, Arranged arranged, string path)
    {
        var rows = LedgerRows(Database);
        return $"{Provider} {stock} {instances} instance(s) {path}: final stock {Available(Database, arranged.Product, arranged.CombinationId)}, " +
            $"Σbackordered {rows.Sum(r => r.QuantityBackordered)} in {rows.Count} rows, not backordered {Orders - rows.Sum(r => r.QuantityBackordered)}";
    }

    [Test]
    public async Task Sixty_four_orders_against_stock_ten_end_at_minus_54_with_exactly_54_recorded_backordered(
        [Values] Stock stock, [Values(1, 2)] int instances)
    {
        var arranged = await ArrangeAsync(stock);
        var app = Enumerable.Range(0, instances).Select(_ => new LedgerInstance(Database)).ToArray();

        var placed = await RunConcurrentlyAsync(i =>
            app[i % instances].PlaceLineAsync(arranged.Product, 1, orderId: i + 1, orderItemId: 1000 + i, arranged.AttributesXml));

        TestContext.Out.WriteLine(Figures(stock, instances, arranged, "atomic"));
        placed.Should().Be(Orders);
        Available(Database, arranged.Product, arranged.CombinationId).Should().Be(StartStock - Orders);
        var rows = LedgerRows(Database);
        rows.Should().HaveCount(Orders - StartStock).And.OnlyContain(r => r.QuantityOrdered == 1 && r.QuantityBackordered == 1);
        rows.Select(r => r.OrderItemId).Should().OnlyHaveUniqueItems();
        rows.Should().OnlyContain(r => r.CombinationId == arranged.CombinationId);
        if (stock == Stock.TwoWarehouses)
        {
            rows.Should().OnlyContain(r => r.WarehouseId != null);
            // nopCommerce puts each backorder in the warehouse with the most available at that moment: once both are empty they take turns.
            var available = Warehouses(Database, arranged.Product.Id).Select(w => w.StockQuantity - w.ReservedQuantity).ToList();
            available.Sum().Should().Be(StartStock - Orders);
            (available.Max() - available.Min()).Should().BeLessThanOrEqualTo(1);
        }
    }

    [Test]
    public async Task A_backorder_limit_of_20_with_stock_10_sells_exactly_30_and_refuses_the_rest(
        [Values] Stock stock, [Values(1, 2)] int instances)
    {
        var arranged = await ArrangeAsync(stock);
        var app = Enumerable.Range(0, instances).Select(_ => new LedgerInstance(Database, backorderLimit: 20)).ToArray();

        var placed = await RunConcurrentlyAsync(i =>
            app[i % instances].PlaceLineAsync(arranged.Product, 1, orderId: i + 1, orderItemId: 1000 + i, arranged.AttributesXml));

        TestContext.Out.WriteLine(Figures(stock, instances, arranged, "limit 20") + $", sold {placed}, refused {Orders - placed}");
        placed.Should().Be(30);
        Available(Database, arranged.Product, arranged.CombinationId).Should().Be(-20, "nothing oversold");
        LedgerRows(Database).Sum(r => r.QuantityBackordered).Should().Be(20);
    }

    /// <summary>32 sales and 32 returns of 1 unit over two warehouses at once, from two instances: they cancel out exactly.</summary>
    [Test]
    public async Task Concurrent_sales_and_returns_over_two_warehouses_cancel_out()
    {
        var arranged = await ArrangeAsync(Stock.TwoWarehouses);
        var app = new[] { new LedgerInstance(Database), new LedgerInstance(Database) };

        await RunConcurrentlyAsync(async i =>
        {
            if (i % 2 == 0)
                return await app[i % 4 / 2].PlaceLineAsync(arranged.Product, 1, orderId: i + 1, orderItemId: 1000 + i);
            var rows = await app[i % 4 / 2].Stock.ReleaseInWarehousesAsync(arranged.Product.Id, 1);
            return rows.Sum(r => r.Taken + r.Backordered) == 1;
        });

        var warehouses = Warehouses(Database, arranged.Product.Id);
        (warehouses.Sum(w => w.StockQuantity) - warehouses.Sum(w => w.ReservedQuantity)).Should().Be(StartStock, "every unit sold came back");
    }

    /// <summary>
    /// Reservations and releases over four warehouses at once, several rounds: each statement locks the product's
    /// warehouse rows in one order (by Id). Locked in the order a scan meets them, two statements could take them in
    /// different orders once updates had moved rows within the table, and PostgreSQL broke the deadlock by failing one.
    /// </summary>
    [Test]
    public async Task Reservations_and_releases_over_four_warehouses_never_deadlock()
    {
        var product = await InsertProductAsync(Database, 0, multipleWarehouses: true);
        await InsertWarehousesAsync(Database, product.Id, (5, 0), (5, 0), (5, 0), (5, 0));
        var app = new[] { new LedgerInstance(Database), new LedgerInstance(Database) };

        for (var round = 0; round < 6; round++)
        {
            await RunConcurrentlyAsync(async i =>
            {
                var stock = app[i % 2].Stock;
                if (i % 4 < 2)
                    return (await stock.ReserveInWarehousesAsync(product.Id, 1 + i / 4 % 3)).Rows.Count > 0;
                return (await stock.ReleaseInWarehousesAsync(product.Id, 1 + i / 4 % 3)).Count > 0;
            });
        }

        var warehouses = Warehouses(Database, product.Id);
        (warehouses.Sum(w => w.StockQuantity) - warehouses.Sum(w => w.ReservedQuantity)).Should().Be(20, "as many units came back as were taken");
    }

    /// <summary>
    /// The baseline: the same orders through nopCommerce's plain read-modify-write (read the entity, add, write it back),
    /// imitated by <see cref="LedgerInstance.PlacePlainLineAsync"/>. Lost updates are its nature, so it asserts nothing and
    /// stays out of the suite; its figures are printed.
    /// </summary>
    [Test, Explicit("baseline, flaky by nature: prints the units nopCommerce's plain path loses")]
    public async Task Baseline_plain_read_modify_write([Values] Stock stock, [Values(1, 2)] int instances)
    {
        var arranged = await ArrangeAsync(stock);
        var app = Enumerable.Range(0, instances).Select(_ => new LedgerInstance(Database)).ToArray();

        await RunConcurrentlyAsync(async i =>
        {
            await app[i % instances].PlacePlainLineAsync(arranged.Product, 1, orderId: i + 1, orderItemId: 1000 + i, arranged.AttributesXml);
            return true;
        });

        var final = Available(Database, arranged.Product, arranged.CombinationId);
        TestContext.Out.WriteLine(Figures(stock, instances, arranged, "plain") + $", units lost {final - (StartStock - Orders)}");
    }
}
