using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LifeData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>Filling waiting lines from stock that arrived, with the plugin's statement for each database.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class LifeFillDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private LifeHarness _harness;

    [SetUp]
    public void CreateHarness() => _harness = new LifeHarness(Database);

    /// <summary>54 orders of one unit each waiting (stock −54): 10 in stock before, as 64 concurrent orders leave it.</summary>
    private async Task<(Product Product, List<OrderItemBackorder> Lines)> FiftyFourWaitingAsync(int stock = -54)
    {
        var product = await ProductAsync(Database, stock);
        var lines = new List<OrderItemBackorder>();
        for (var i = 0; i < 54; i++)
            lines.Add((await BackorderedOrderAsync(Database, product, 1, 1)).Line);
        return (product, lines);
    }

    [Test]
    public async Task A_restock_to_plus_6_fills_all_54_waiting_units()
    {
        var (product, _) = await FiftyFourWaitingAsync();
        SetStock(Database, product, 6);

        var filled = await _harness.FillService().FillAsync(StockKey.Product(product.Id));

        filled.Should().HaveCount(54).And.OnlyContain(e => e.QuantityFilledNow == 1 && e.Status == BackorderLineStatus.Filled);
        Lines(Database).Should().OnlyContain(l => l.Status == BackorderLineStatus.Filled && l.QuantityFilled == 1);
        _harness.Published<BackorderLineFilledEvent>().Should().BeEquivalentTo(filled);
    }

    [Test]
    public async Task A_restock_to_minus_44_fills_the_10_oldest_orders()
    {
        var (product, lines) = await FiftyFourWaitingAsync();
        SetStock(Database, product, -44);

        var filled = await _harness.FillService().FillAsync(StockKey.Product(product.Id));

        filled.Select(e => e.OrderId).Should().Equal(lines.Take(10).Select(l => l.OrderId));
        var stored = Lines(Database);
        stored.Take(10).Should().OnlyContain(l => l.Status == BackorderLineStatus.Filled);
        stored.Skip(10).Should().OnlyContain(l => l.Status == BackorderLineStatus.Open && l.QuantityFilled == 0);
    }

    [Test]
    public async Task Oldest_order_first_even_when_its_line_was_recorded_later_and_a_line_can_be_partly_filled()
    {
        var product = await ProductAsync(Database, -8);
        var older = await OrderAsync(Database);
        var newer = await OrderAsync(Database);
        var newerLine = await LineAsync(Database, await ItemAsync(Database, newer, product, 5), 5);
        var olderLine = await LineAsync(Database, await ItemAsync(Database, older, product, 4), 3); // added to the older order later
        SetStock(Database, product, -4);

        var filled = await _harness.FillService().FillAsync(StockKey.Product(product.Id));

        filled.Select(e => (e.OrderId, e.QuantityFilledNow, e.Status)).Should().Equal(
            (older.Id, 3, BackorderLineStatus.Filled), (newer.Id, 1, BackorderLineStatus.PartlyFilled));
        var stored = Lines(Database);
        stored.Single(l => l.Id == olderLine.Id).QuantityFilled.Should().Be(3);
        stored.Single(l => l.Id == newerLine.Id).Should().Match<OrderItemBackorder>(l => l.QuantityFilled == 1 && l.Status == BackorderLineStatus.PartlyFilled);
    }

    [Test]
    public async Task Filling_again_with_the_same_stock_fills_nothing_more()
    {
        var (product, _) = await FiftyFourWaitingAsync();
        SetStock(Database, product, -44);
        var service = _harness.FillService();

        (await service.FillAsync(StockKey.Product(product.Id))).Should().HaveCount(10);
        (await service.FillAsync(StockKey.Product(product.Id))).Should().BeEmpty();
        Lines(Database).Sum(Open).Should().Be(44);
    }

    [Test]
    public async Task Stock_still_short_or_falling_fills_nothing_and_cancelled_or_filled_lines_are_left_alone()
    {
        var product = await ProductAsync(Database, -3);
        var open = (await BackorderedOrderAsync(Database, product, 3, 3)).Line;
        var cancelledItem = await ItemAsync(Database, await OrderAsync(Database), product, 2);
        await LineAsync(Database, cancelledItem, 2, cancelled: 2);

        (await _harness.FillService().FillAsync(StockKey.Product(product.Id))).Should().BeEmpty();
        SetStock(Database, product, 100);
        var filled = await _harness.FillService().FillAsync(StockKey.Product(product.Id));

        filled.Should().ContainSingle().Which.OrderItemId.Should().Be(open.OrderItemId);
        LineOf(Database, cancelledItem).Should().Match<OrderItemBackorder>(l => l.Status == BackorderLineStatus.Cancelled && l.QuantityFilled == 0);
    }

    [Test]
    public async Task A_combination_fills_from_its_own_stock_only()
    {
        var product = await ProductAsync(Database, 50, p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStockByAttributes);
        var combinations = Database.GetRepository<ProductAttributeCombination>();
        var red = new ProductAttributeCombination { ProductId = product.Id, AttributesXml = "<red/>", StockQuantity = -2 };
        var blue = new ProductAttributeCombination { ProductId = product.Id, AttributesXml = "<blue/>", StockQuantity = -2 };
        await combinations.InsertAsync([red, blue], publishEvent: false);
        var redLine = (await BackorderedOrderAsync(Database, product, 2, 2, red.Id, "<red/>")).Line;
        await BackorderedOrderAsync(Database, product, 2, 2, blue.Id, "<blue/>");
        red.StockQuantity = 1;
        await combinations.UpdateAsync(red, publishEvent: false);

        (await _harness.FillService().FillAsync(StockKey.Product(product.Id))).Should().BeEmpty("the product's own stock is not used for combinations");
        var filled = await _harness.FillService().FillAsync(StockKey.Combination(product.Id, red.Id));
        (await _harness.FillService().FillAsync(StockKey.Combination(product.Id, blue.Id))).Should().BeEmpty();

        filled.Should().ContainSingle().Which.Should().Match<BackorderLineFilledEvent>(e =>
            e.OrderItemId == redLine.OrderItemId && e.CombinationId == red.Id && e.QuantityFilledNow == 2);
    }

    [Test]
    public async Task Multiple_warehouses_fill_from_the_sum_of_stock_minus_reserved()
    {
        var product = await ProductAsync(Database, 0, p => p.UseMultipleWarehouses = true);
        var warehouses = Database.GetRepository<ProductWarehouseInventory>();
        var first = new ProductWarehouseInventory { ProductId = product.Id, WarehouseId = 1, StockQuantity = 2, ReservedQuantity = 7 };
        var second = new ProductWarehouseInventory { ProductId = product.Id, WarehouseId = 2, StockQuantity = 0, ReservedQuantity = 0 };
        await warehouses.InsertAsync([first, second], publishEvent: false);
        await BackorderedOrderAsync(Database, product, 5, 5);
        second.StockQuantity = 3; // available −5 → −2
        await warehouses.UpdateAsync(second, publishEvent: false);

        var filled = await _harness.FillService().FillAsync(StockKey.Product(product.Id));

        filled.Should().ContainSingle().Which.QuantityFilledNow.Should().Be(3);
        Lines(Database).Single().Status.Should().Be(BackorderLineStatus.PartlyFilled);
    }

    [Test]
    public async Task A_product_that_no_longer_keeps_stock_fills_nothing()
    {
        var (product, _) = await FiftyFourWaitingAsync(stock: 100);
        Database.Execute($"UPDATE {Database.Quote("Product")} SET {Database.Quote("ManageInventoryMethodId")} = {(int)ManageInventoryMethod.DontManageStock}");

        (await _harness.FillService().FillAsync(StockKey.Product(product.Id))).Should().BeEmpty();
    }
}
