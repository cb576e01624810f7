using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LedgerData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>Recording at placement, on SQLite, PostgreSQL and MariaDB, through <see cref="LedgerInstance.PlaceLineAsync"/>.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class LedgerCaptureDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    [Test]
    public async Task A_single_line_5_ordered_2_in_stock_records_3_backordered()
    {
        var product = await InsertProductAsync(Database, stock: 2);

        (await new LedgerInstance(Database).PlaceLineAsync(product, 5, orderId: 1, orderItemId: 11)).Should().BeTrue();

        Available(Database, product).Should().Be(-3);
        LedgerRows(Database).Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            OrderId = 1, OrderItemId = 11, ProductId = product.Id, CombinationId = (int?)null, WarehouseId = (int?)null,
            QuantityOrdered = 5, QuantityBackordered = 3, QuantityFilled = 0, QuantityCancelled = 0, Status = BackorderLineStatus.Open
        });
    }

    [Test]
    public async Task Several_lines_of_one_product_in_one_order_each_see_the_stock_the_earlier_ones_left()
    {
        var product = await InsertProductAsync(Database, stock: 4);
        var instance = new LedgerInstance(Database);

        await instance.PlaceLineAsync(product, 3, orderId: 1, orderItemId: 11);
        await instance.PlaceLineAsync(product, 3, orderId: 1, orderItemId: 12, attributesXml: "<gift/>");
        await instance.PlaceLineAsync(product, 2, orderId: 1, orderItemId: 13);

        Available(Database, product).Should().Be(-4);
        LedgerRows(Database).Select(r => (r.OrderItemId, r.QuantityOrdered, r.QuantityBackordered)).Should().Equal((12, 3, 2), (13, 2, 2));
    }

    [Test]
    public async Task A_line_fully_in_stock_records_nothing()
    {
        var product = await InsertProductAsync(Database, stock: 5);

        await new LedgerInstance(Database).PlaceLineAsync(product, 5, orderId: 1, orderItemId: 11);

        Available(Database, product).Should().Be(0);
        LedgerRows(Database).Should().BeEmpty();
    }

    [Test]
    public async Task Do_not_tell_customers_products_are_recorded_too()
    {
        var product = await InsertProductAsync(Database, stock: 0, BackorderMode.AllowQtyBelow0);

        await new LedgerInstance(Database).PlaceLineAsync(product, 2, orderId: 1, orderItemId: 11);

        LedgerRows(Database).Should().ContainSingle().Which.QuantityBackordered.Should().Be(2);
    }

    [Test]
    public async Task A_combination_s_own_stock_is_changed_and_the_line_recorded_against_it()
    {
        var product = await InsertProductAsync(Database, stock: 100, BackorderMode.NoBackorders, ManageInventoryMethod.ManageStockByAttributes);
        var red = await InsertCombinationAsync(Database, product.Id, "<red/>", stock: 1);
        var blue = await InsertCombinationAsync(Database, product.Id, "<blue/>", stock: 7);

        await new LedgerInstance(Database).PlaceLineAsync(product, 3, orderId: 1, orderItemId: 11, attributesXml: "<red/>");

        Available(Database, product, red.Id).Should().Be(-2);
        Available(Database, product, blue.Id).Should().Be(7);
        Available(Database, product).Should().Be(100, "the product's own stock is not the combination's");
        LedgerRows(Database).Should().ContainSingle().Which.Should().BeEquivalentTo(new { CombinationId = (int?)red.Id, QuantityOrdered = 3, QuantityBackordered = 2 });
    }

    [Test]
    public async Task A_line_split_over_two_warehouses_records_the_backordered_part_and_where_it_waits()
    {
        var product = await InsertProductAsync(Database, stock: 0, multipleWarehouses: true);
        var rows = await InsertWarehousesAsync(Database, product.Id, (3, 0), (5, 1));

        await new LedgerInstance(Database).PlaceLineAsync(product, 10, orderId: 1, orderItemId: 11);

        // nopCommerce's order: warehouse 2 (4 available) gives 4, warehouse 1 gives 3, the 3 left wait in warehouse 2.
        Warehouses(Database, product.Id).Select(w => (w.WarehouseId, w.StockQuantity, w.ReservedQuantity)).Should().Equal((1, 3, 3), (2, 5, 8));
        Available(Database, product).Should().Be(-3);
        LedgerRows(Database).Should().ContainSingle().Which.Should().BeEquivalentTo(new { WarehouseId = (int?)rows[1].WarehouseId, QuantityOrdered = 10, QuantityBackordered = 3 });
    }

    [Test]
    public async Task A_line_the_warehouses_cover_records_nothing()
    {
        var product = await InsertProductAsync(Database, stock: 0, multipleWarehouses: true);
        await InsertWarehousesAsync(Database, product.Id, (3, 0), (5, 1));

        await new LedgerInstance(Database).PlaceLineAsync(product, 7, orderId: 1, orderItemId: 11);

        Warehouses(Database, product.Id).Select(w => w.ReservedQuantity).Should().Equal(3, 5);
        LedgerRows(Database).Should().BeEmpty();
    }

    /// <summary>The reservation statement against nopCommerce's order (<see cref="WarehouseReservationRule"/>), over many shapes.</summary>
    [Test]
    public async Task The_reservation_statement_splits_exactly_as_nopCommerce_does()
    {
        var random = new Random(7);
        var stock = new LedgerInstance(Database).Stock;
        for (var round = 0; round < 25; round++)
        {
            var product = await InsertProductAsync(Database, stock: 0, multipleWarehouses: true);
            var shape = Enumerable.Range(0, random.Next(1, 5)).Select(_ => (random.Next(-3, 8), random.Next(0, 6))).ToArray();
            await InsertWarehousesAsync(Database, product.Id, shape);
            var before = Warehouses(Database, product.Id);
            var quantity = random.Next(1, 15);
            var expected = WarehouseReservationRule.Plan(before, quantity);

            var reservation = await stock.ReserveInWarehousesAsync(product.Id, quantity);

            reservation.Rows.Select(r => new WarehouseShare(r.Id, r.WarehouseId, r.Taken, r.Backordered)).Should().BeEquivalentTo(expected, $"round {round}: {string.Join(" ", shape)} − {quantity}");
            var after = Warehouses(Database, product.Id);
            foreach (var row in after)
            {
                var share = expected.FirstOrDefault(s => s.RowId == row.Id);
                row.ReservedQuantity.Should().Be(before.Single(b => b.Id == row.Id).ReservedQuantity + share.FromStock + share.Backordered);
                row.StockQuantity.Should().Be(before.Single(b => b.Id == row.Id).StockQuantity);
            }

            reservation.StockBefore.Should().Be(before.Sum(b => Math.Max(0, b.StockQuantity - b.ReservedQuantity)));
            reservation.Backordered.Should().Be(LedgerCapture.BackorderedPart(quantity, reservation.StockBefore));
        }
    }

    /// <summary>The release statement against nopCommerce's unblocking order (<see cref="WarehouseReleaseRule"/>).</summary>
    [Test]
    public async Task The_release_statement_gives_back_exactly_as_nopCommerce_does()
    {
        var random = new Random(11);
        var stock = new LedgerInstance(Database).Stock;
        for (var round = 0; round < 25; round++)
        {
            var product = await InsertProductAsync(Database, stock: 0, multipleWarehouses: true);
            var shape = Enumerable.Range(0, random.Next(1, 5)).Select(_ => (random.Next(-3, 8), random.Next(0, 6))).ToArray();
            await InsertWarehousesAsync(Database, product.Id, shape);
            var before = Warehouses(Database, product.Id);
            var quantity = random.Next(1, 15);
            var expected = WarehouseReleaseRule.Plan(before, quantity);

            var rows = await stock.ReleaseInWarehousesAsync(product.Id, quantity);

            rows.Select(r => new WarehouseShare(r.Id, r.WarehouseId, r.Taken, r.Backordered)).Should().BeEquivalentTo(expected, $"round {round}: {string.Join(" ", shape)} + {quantity}");
            foreach (var row in Warehouses(Database, product.Id))
            {
                var share = expected.FirstOrDefault(s => s.RowId == row.Id);
                var old = before.Single(b => b.Id == row.Id);
                (row.StockQuantity, row.ReservedQuantity).Should().Be((old.StockQuantity + share.Backordered, old.ReservedQuantity - share.FromStock));
                rows.SingleOrDefault(r => r.Id == row.Id)?.Should().BeEquivalentTo(new { row.StockQuantity, row.ReservedQuantity }, "the rows returned are the rows after");
            }
        }
    }

    [Test]
    public async Task A_limited_reservation_beyond_the_limit_changes_nothing()
    {
        var product = await InsertProductAsync(Database, stock: 0, multipleWarehouses: true);
        await InsertWarehousesAsync(Database, product.Id, (2, 0), (1, 0));
        var stock = new LedgerInstance(Database).Stock;

        (await stock.ReserveInWarehousesAsync(product.Id, 5, lowest: -2)).Should().BeEquivalentTo(new { Refused = false });
        (await stock.ReserveInWarehousesAsync(product.Id, 1, lowest: -2)).Refused.Should().BeTrue();
        Available(Database, product).Should().Be(-2);

        var bare = await InsertProductAsync(Database, stock: 0, multipleWarehouses: true);
        (await stock.ReserveInWarehousesAsync(bare.Id, 1, lowest: -2)).Should().BeEquivalentTo(new { Refused = false, Rows = Array.Empty<object>() },
            "without warehouse rows nopCommerce reserves nothing, so there is nothing to refuse");
    }

    [Test]
    public async Task A_limited_product_or_combination_change_beyond_the_limit_changes_nothing()
    {
        var product = await InsertProductAsync(Database, stock: 1);
        var combination = await InsertCombinationAsync(Database, product.Id, "<x/>", stock: 0);
        var stock = new LedgerInstance(Database).Stock;

        (await stock.AddToProductStockAsync(product.Id, -3, -2)).Should().Be(-2);
        (await stock.AddToProductStockAsync(product.Id, -1, -2)).Should().BeNull();
        (await stock.AddToCombinationStockAsync(combination.Id, -2, -1)).Should().BeNull();
        (await stock.AddToCombinationStockAsync(combination.Id, -1, -1)).Should().Be(-1);

        Available(Database, product).Should().Be(-2);
        Available(Database, product, combination.Id).Should().Be(-1);
        var missing = () => stock.AddToProductStockAsync(product.Id + 1000, -1, -5);
        await missing.Should().ThrowAsync<InvalidOperationException>();
    }
}
