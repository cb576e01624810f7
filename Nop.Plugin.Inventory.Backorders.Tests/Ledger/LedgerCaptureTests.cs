using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using static Nop.Core.Domain.Catalog.BackorderMode;

namespace Nop.Plugin.Inventory.Backorders.Tests.Ledger;

public class LedgerCaptureTests
{
    // quantity, stock just before the line -> backordered part
    [TestCase(5, 10, 0, TestName = "fully in stock")]
    [TestCase(5, 5, 0, TestName = "exactly the stock")]
    [TestCase(5, 2, 3, TestName = "partly backordered")]
    [TestCase(5, 0, 5, TestName = "nothing in stock")]
    [TestCase(5, -7, 5, TestName = "already below zero: the whole line, never more")]
    [TestCase(1, 1, 0, TestName = "the last unit")]
    [TestCase(0, -3, 0, TestName = "no quantity")]
    public void Backordered_part(int quantity, int stockBefore, int backordered) =>
        LedgerCapture.BackorderedPart(quantity, stockBefore).Should().Be(backordered);

    [TestCase(AllowQtyBelow0, 20, -20)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, 3, -3)]
    [TestCase(AllowQtyBelow0, 0, null, TestName = "unlimited: nothing checked")]
    [TestCase(NoBackorders, 20, null, TestName = "no backorders: nopCommerce's cart check is the gate")]
    public void Lowest_stock_allowed(BackorderMode policy, int limit, int? lowest) =>
        LedgerCapture.LowestStockAllowed(policy, limit).Should().Be(lowest);

    [TestCase("The stock quantity has been reduced by placing the order #12", true)]
    [TestCase("The stock quantity has been reduced by placing the order #", false, TestName = "no order number")]
    [TestCase("The stock quantity has been changed by editing the order #12", false, TestName = "an edit")]
    [TestCase("The stock quantity has been increased by canceling the order #12", false, TestName = "a cancellation")]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void Placement_is_told_by_nopCommerce_s_history_message(string message, bool placement) =>
        LedgerCapture.IsPlacement(message, "The stock quantity has been reduced by placing the order #{0}").Should().Be(placement);

    [Test]
    public void Placement_with_the_order_number_inside_a_translated_message() =>
        LedgerCapture.IsPlacement("Bestellung 12 aufgegeben", "Bestellung {0} aufgegeben").Should().BeTrue();
}

/// <summary>nopCommerce's ReserveInventoryAsync, read from its source, as cases (ties broken by row Id).</summary>
public class WarehouseReservationRuleTests
{
    private static ProductWarehouseInventory Row(int id, int stock, int reserved = 0) =>
        new() { Id = id, WarehouseId = id * 10, StockQuantity = stock, ReservedQuantity = reserved };

    [Test]
    public void The_warehouse_with_most_available_gives_first()
    {
        WarehouseReservationRule.Plan([Row(1, 3), Row(2, 8)], 5).Should().Equal(new WarehouseShare(2, 20, 5, 0));
    }

    [Test]
    public void A_sale_beyond_one_warehouse_takes_the_next_then_backorders_in_the_first()
    {
        WarehouseReservationRule.Plan([Row(1, 3), Row(2, 5, reserved: 1)], 10).Should().Equal(
            new WarehouseShare(2, 20, 4, 3), new WarehouseShare(1, 10, 3, 0));
    }

    [Test]
    public void Over_reserved_warehouses_give_nothing_and_the_backorder_goes_to_the_least_negative()
    {
        WarehouseReservationRule.Plan([Row(1, 0, reserved: 5), Row(2, 0, reserved: 2)], 2).Should().Equal(new WarehouseShare(2, 20, 0, 2));
    }

    [Test]
    public void Ties_go_to_the_lower_row_id() =>
        WarehouseReservationRule.Plan([Row(2, 4), Row(1, 4)], 1).Should().Equal(new WarehouseShare(1, 10, 1, 0));

    [Test]
    public void Without_warehouse_rows_nothing_is_reserved() =>
        WarehouseReservationRule.Plan([], 3).Should().BeEmpty();
}

/// <summary>nopCommerce's UnblockReservedInventoryAsync, read from its source, as cases (ties broken by row Id).</summary>
public class WarehouseReleaseRuleTests
{
    private static ProductWarehouseInventory Row(int id, int stock, int reserved) =>
        new() { Id = id, WarehouseId = id * 10, StockQuantity = stock, ReservedQuantity = reserved };

    [Test]
    public void The_warehouse_with_most_reserved_releases_first_then_the_next() =>
        WarehouseReleaseRule.Plan([Row(1, 5, 2), Row(2, 0, 4)], 5).Should().Equal(new WarehouseShare(2, 20, 4, 0), new WarehouseShare(1, 10, 1, 0));

    [Test]
    public void What_no_reservation_covers_is_added_to_the_first_warehouse_s_stock() =>
        WarehouseReleaseRule.Plan([Row(1, 5, 1), Row(2, 9, 1)], 4).Should().Equal(new WarehouseShare(2, 20, 1, 2), new WarehouseShare(1, 10, 1, 0));
}
