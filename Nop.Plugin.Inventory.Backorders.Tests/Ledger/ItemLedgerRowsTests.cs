using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;

namespace Nop.Plugin.Inventory.Backorders.Tests.Ledger;

public class ItemLedgerRowsTests
{
    private static readonly Dictionary<int, int> ProductOfItem = new() { [11] = 1, [12] = 2 };

    // (item, product, backordered) rows → the item's own figure per item
    [TestCase(new[] { 11, 1, 3 }, "11:3")]
    [TestCase(new[] { 11, 9, 5, 11, 1, 3 }, "11:3", TestName = "An attached product's line listed first is not the item's")]
    [TestCase(new[] { 11, 9, 5 }, "", TestName = "Only an attached product backordered: the item has no line of its own")]
    [TestCase(new[] { 11, 1, 3, 12, 2, 1, 12, 9, 4 }, "11:3 12:1")]
    [TestCase(new[] { 13, 1, 3 }, "", TestName = "A line of an item not asked for is left out")]
    public void The_item_s_own_line_is_the_line_of_its_own_product(int[] rows, string expected)
    {
        var lines = rows.Chunk(3).Select(r => new OrderItemBackorder { OrderItemId = r[0], ProductId = r[1], QuantityBackordered = r[2] });

        var own = ItemLedgerRows.ByOrderItem(lines, ProductOfItem);

        string.Join(" ", own.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value.QuantityBackordered}")).Should().Be(expected);
    }
}
