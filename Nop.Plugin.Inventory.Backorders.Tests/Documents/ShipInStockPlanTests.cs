using Nop.Plugin.Inventory.Backorders.Services.Documents;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

public class ShipInStockPlanTests
{
    private static ShipInStockLine Line(int quantity, int inShipments = 0, int? backordered = null, int filled = 0, bool shipEnabled = true,
        int id = 1, int productId = 1, bool multiple = false, int warehouseId = 0, int? ledgerWarehouseId = null, decimal? weight = null, int? ordered = null) =>
        new(id, productId, quantity, inShipments, shipEnabled,
            backordered is { } b ? new ShipInStockLedger(ordered ?? quantity, b, filled, ledgerWarehouseId) : null,
            multiple, warehouseId, weight);

    // quantity, in shipments, backordered (null: no ledger row), filled → shippable now
    [TestCase(5, 0, null, 0, 5, TestName = "No ledger row: the whole line")]
    [TestCase(5, 2, null, 0, 3, TestName = "No ledger row: less what is in shipments")]
    [TestCase(5, 5, null, 0, 0, TestName = "No ledger row, all in shipments")]
    [TestCase(5, 0, 2, 0, 3, TestName = "Backordered 2 of 5: the 3 in stock")]
    [TestCase(5, 0, 5, 0, 0, TestName = "All backordered, nothing filled")]
    [TestCase(5, 0, 5, 2, 2, TestName = "All backordered, 2 filled")]
    [TestCase(5, 0, 2, 1, 4, TestName = "Partly filled: in stock plus filled")]
    [TestCase(5, 3, 2, 0, 0, TestName = "In-stock part shipped, backorder still open")]
    [TestCase(5, 3, 2, 1, 1, TestName = "In-stock part shipped, 1 filled since")]
    [TestCase(5, 3, 2, 2, 2, TestName = "In-stock part shipped, all filled since")]
    [TestCase(5, 5, 2, 2, 0, TestName = "Everything shipped")]
    [TestCase(5, 4, 2, 0, 0, TestName = "More shipped than ready (merchant shipped a backordered unit by hand)")]
    [TestCase(0, 0, null, 0, 0, TestName = "Zero quantity")]
    public void Shippable_units_of_a_line(int quantity, int inShipments, int? backordered, int filled, int expected) =>
        ShipInStockPlan.Shippable(Line(quantity, inShipments, backordered, filled)).Should().Be(expected);

    [Test]
    public void A_line_without_shipping_is_never_shippable() =>
        ShipInStockPlan.Shippable(Line(5, shipEnabled: false)).Should().Be(0);

    [Test]
    public void A_line_whose_quantity_was_lowered_below_the_ledger_ships_at_most_its_quantity() =>
        ShipInStockPlan.Shippable(Line(2, backordered: 1, filled: 1, ordered: 5)).Should().Be(2);

    [Test]
    public void Cancelled_backordered_units_are_not_shippable() =>
        // 5 ordered, 3 backordered, 1 filled, 2 cancelled: 2 in stock + 1 filled
        ShipInStockPlan.Shippable(new ShipInStockLine(1, 1, 5, 0, true, new ShipInStockLedger(5, 3, 1))).Should().Be(3);

    // stock and reserved per warehouse (ids 1, 2, 3), quantity, the ledger's warehouse → taken (warehouse:quantity)
    [TestCase(new[] { 5, 5, 0 }, new[] { 0, 0, 0 }, 3, null, "1:3", TestName = "Tie: lowest warehouse id")]
    [TestCase(new[] { 5, 5, 0 }, new[] { 0, 0, 0 }, 3, 2, "2:3", TestName = "Tie: the ledger's warehouse")]
    [TestCase(new[] { 2, 4, 0 }, new[] { 0, 0, 0 }, 3, null, "2:3", TestName = "Most free first")]
    [TestCase(new[] { 2, 4, 0 }, new[] { 0, 0, 0 }, 5, null, "2:4,1:1", TestName = "Spills over to the next")]
    [TestCase(new[] { 2, 1, 1 }, new[] { 0, 0, 0 }, 6, null, "1:2,2:1,3:1", TestName = "Never more than the shelves have")]
    [TestCase(new[] { 0, 0, 0 }, new[] { 0, 0, 0 }, 2, 1, "", TestName = "Empty shelves: nothing")]
    [TestCase(new[] { 5, 2, 0 }, new[] { 0, 2, 0 }, 2, null, "2:2", TestName = "Reserved units first, even where fewer are free")]
    [TestCase(new[] { 5, 2, 0 }, new[] { 0, 2, 0 }, 4, null, "2:2,1:2", TestName = "Reserved first, then the fullest shelf")]
    [TestCase(new[] { 1, 5, 0 }, new[] { 3, 0, 0 }, 2, null, "1:1,2:1", TestName = "Reserved beyond the shelf: what is there, then elsewhere")]
    [TestCase(new[] { 3, 3, 0 }, new[] { 1, 2, 0 }, 3, null, "2:2,1:1", TestName = "Most reserved not yet planned first")]
    public void Split_over_warehouses(int[] stockQuantity, int[] reserved, int quantity, int? preferred, string expected)
    {
        var stock = stockQuantity.Select((q, i) => new WarehouseStock(1, i + 1, q, reserved[i], 0)).ToList();
        var taken = ShipInStockPlan.SplitOverWarehouses(quantity, stock, preferred);
        string.Join(",", taken.Select(t => $"{t.WarehouseId}:{t.Quantity}")).Should().Be(expected);
    }

    [Test]
    public void Split_counts_what_earlier_lines_took()
    {
        var stock = new List<WarehouseStock> { new(1, 1, 3, 0, 1), new(1, 2, 1, 0, 0) };
        ShipInStockPlan.SplitOverWarehouses(2, stock, null).Should().Equal((1, 2));
        ShipInStockPlan.SplitOverWarehouses(2, stock, null).Should().Equal((2, 1));
        stock.Select(s => s.Free).Should().Equal(0, 0);
    }

    [Test]
    public void Negative_stock_and_planned_beyond_stock_give_nothing() =>
        new WarehouseStock(1, 1, -2, 0, 0).Free.Should().Be(0);

    [Test]
    public void One_shipment_per_warehouse_with_the_lines_it_holds()
    {
        var lines = new[]
        {
            Line(2, id: 10, productId: 1, warehouseId: 7, weight: 1.5m),
            Line(3, id: 11, productId: 2, multiple: true, backordered: 0, weight: 2m),
            Line(1, id: 12, productId: 3, warehouseId: 0)
        };
        var stock = new[] { new WarehouseStock(2, 7, 1, 0, 0), new WarehouseStock(2, 8, 5, 0, 3) };

        var plan = ShipInStockPlan.Plan(lines, stock);

        plan.Refusal.Should().Be(ShipInStockRefusal.None);
        plan.Shipments.Select(s => s.WarehouseId).Should().Equal(0, 7, 8);
        plan.Shipments[0].Items.Should().Equal(new PlannedShipmentItem(12, 1, 0, null));
        plan.Shipments[1].Items.Should().Equal(new PlannedShipmentItem(10, 2, 7, 1.5m), new PlannedShipmentItem(11, 1, 7, 2m));
        plan.Shipments[2].Items.Should().Equal(new PlannedShipmentItem(11, 2, 8, 2m));
        plan.Shipments[0].TotalWeight.Should().BeNull();
        plan.Shipments[1].TotalWeight.Should().Be(5m);
        plan.StillToCome.Should().Be(0);
    }

    [Test]
    public void Backordered_remainder_is_left_for_later()
    {
        var plan = ShipInStockPlan.Plan([Line(5, backordered: 3, filled: 1, id: 1), Line(2, id: 2, productId: 2)], []);

        plan.Shipments.Should().ContainSingle().Which.Items.Should().Equal(new PlannedShipmentItem(1, 3, 0, null), new PlannedShipmentItem(2, 2, 0, null));
        plan.StillToCome.Should().Be(2);
    }

    [Test]
    public void Multiple_warehouses_short_on_the_shelf_ship_what_is_there()
    {
        var plan = ShipInStockPlan.Plan([Line(4, multiple: true)], [new WarehouseStock(1, 1, 1, 0, 0)]);

        plan.Shipments.Should().ContainSingle().Which.Items.Should().Equal(new PlannedShipmentItem(1, 1, 1, null));
        plan.StillToCome.Should().Be(3);
    }

    // lines: quantity/inShipments/backordered/shipEnabled → refusal
    [TestCase("5/0/5/y", ShipInStockRefusal.WaitingForStock, TestName = "Refused: everything backordered")]
    [TestCase("5/5/-/y", ShipInStockRefusal.AllShipped, TestName = "Refused: everything in shipments")]
    [TestCase("5/0/-/n", ShipInStockRefusal.NoShippableProducts, TestName = "Refused: nothing needs shipping")]
    [TestCase("", ShipInStockRefusal.NoShippableProducts, TestName = "Refused: no lines")]
    [TestCase("5/5/-/y;3/1/2/y;1/0/-/n", ShipInStockRefusal.WaitingForStock, TestName = "Refused: shipped, waiting and download")]
    [TestCase("5/5/-/y;3/0/2/y", ShipInStockRefusal.None, TestName = "Not refused: one unit in stock")]
    public void Refusal_names_the_reason(string spec, ShipInStockRefusal expected)
    {
        var lines = spec.Split(';', StringSplitOptions.RemoveEmptyEntries).Select((l, i) =>
        {
            var f = l.Split('/');
            return Line(int.Parse(f[0]), int.Parse(f[1]), f[2] == "-" ? null : int.Parse(f[2]), shipEnabled: f[3] == "y", id: i + 1, productId: i + 1);
        });

        var plan = ShipInStockPlan.Plan(lines, []);

        plan.Refusal.Should().Be(expected);
        (plan.Shipments.Count == 0).Should().Be(expected != ShipInStockRefusal.None);
    }
}
