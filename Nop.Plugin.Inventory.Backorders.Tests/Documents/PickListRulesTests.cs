using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Documents;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

public class PickListRulesTests
{
    [TestCase(null, "")]
    [TestCase("", "")]
    [TestCase("Color: Red", "Color: Red")]
    [TestCase("Color: Red<br />Size: L", "Color: Red; Size: L")]
    [TestCase("Color: Red<BR>Size: L<br/>", "Color: Red; Size: L")]
    [TestCase("Gift: &lt;b&gt;Hi &amp; bye&lt;/b&gt;", "Gift: <b>Hi & bye</b>")]
    [TestCase("<span class=\"x\">Text:  a\r\n b</span>", "Text: a b")]
    [TestCase("اللون: أحمر<br />المقاس: كبير", "اللون: أحمر; المقاس: كبير")]
    public void Attribute_descriptions_become_plain_text(string html, string expected) =>
        PickListRules.PlainText(html).Should().Be(expected);

    private static Product Product(ManageInventoryMethod method, int stock = 0, bool multiple = false, int warehouseId = 0) => new()
    {
        ManageInventoryMethodId = (int)method, StockQuantity = stock, UseMultipleWarehouses = multiple, WarehouseId = warehouseId
    };

    private static readonly (int, int, int)[] Inventories = [(1, 5, 1), (2, 2, 0), (3, 0, 3)];

    private static IEnumerable<TestCaseData> AvailableCases()
    {
        yield return new TestCaseData(Product(ManageInventoryMethod.ManageStock, 3), null, null, 3).SetName("{m}(product stock)");
        yield return new TestCaseData(Product(ManageInventoryMethod.ManageStock, -4), null, null, 0).SetName("{m}(below zero is none)");
        yield return new TestCaseData(Product(ManageInventoryMethod.ManageStock, 3, multiple: true), null, null, 3).SetName("{m}(warehouses: sum of stock less reserved, as nopCommerce totals it)");
        yield return new TestCaseData(Product(ManageInventoryMethod.ManageStock, 3, multiple: true), null, 1, 4).SetName("{m}(the line's warehouse)");
        yield return new TestCaseData(Product(ManageInventoryMethod.ManageStock, 3, multiple: true), null, 3, 0).SetName("{m}(the line's warehouse reserved beyond stock)");
        yield return new TestCaseData(Product(ManageInventoryMethod.ManageStock, 3, multiple: true), null, 9, 0).SetName("{m}(a warehouse without stock)");
        yield return new TestCaseData(Product(ManageInventoryMethod.ManageStockByAttributes, 3), new ProductAttributeCombination { StockQuantity = 6 }, null, 6).SetName("{m}(combination)");
        yield return new TestCaseData(Product(ManageInventoryMethod.ManageStockByAttributes, 3), null, null, 0).SetName("{m}(no combination matches)");
        yield return new TestCaseData(Product(ManageInventoryMethod.DontManageStock, 3), null, null, 0).SetName("{m}(stock not tracked)");
    }

    [TestCaseSource(nameof(AvailableCases))]
    public void Available_now(Product product, ProductAttributeCombination combination, int? warehouseId, int expected) =>
        PickListRules.Available(product, combination, Inventories, warehouseId).Should().Be(expected);

    [TestCase(false, 0, null, null)]
    [TestCase(false, 4, null, 4)]
    [TestCase(false, 4, 7, 7)]
    [TestCase(true, 4, null, null)]
    [TestCase(true, 4, 7, 7)]
    public void The_warehouse_is_the_ledgers_or_the_products_own(bool multiple, int productWarehouse, int? ledgerWarehouse, int? expected) =>
        PickListRules.WarehouseOf(Product(ManageInventoryMethod.ManageStock, multiple: multiple, warehouseId: productWarehouse), ledgerWarehouse)
            .Should().Be(expected);

    private static PickListLine Line(int? orderId, int productId, string sku, int ordered = 1, int backordered = 0, int filled = 0, int open = 0,
        int? combinationId = null, int? warehouseId = null, string warehouse = null, string attributes = "", string name = "P") =>
        new(orderId, orderId?.ToString(), productId, combinationId, sku, name, attributes, ordered, 5, backordered, filled, open,
            warehouseId, warehouse, null, null, "");

    [Test]
    public void By_order_sorts_orders_then_warehouse_then_sku_with_lines_without_warehouse_last()
    {
        var lines = new[]
        {
            Line(2, 1, "B"), Line(1, 2, "b2", warehouseId: 9, warehouse: "South"), Line(1, 3, "A"),
            Line(1, 4, "Z", warehouseId: 8, warehouse: "north"), Line(2, 5, "a")
        };

        PickListRules.Arrange(lines, PickListGrouping.ByOrder).Select(l => (l.OrderId, l.Sku))
            .Should().Equal((1, "Z"), (1, "b2"), (1, "A"), (2, "a"), (2, "B"));
    }

    [Test]
    public void By_product_sums_per_product_combination_warehouse_and_attributes()
    {
        var lines = new[]
        {
            Line(1, 1, "MUG", ordered: 5, backordered: 2, open: 2),
            Line(2, 1, "MUG", ordered: 4, backordered: 4, filled: 1, open: 3),
            Line(3, 1, "MUG", ordered: 1, warehouseId: 8, warehouse: "North"),
            Line(1, 2, "SHIRT-L", ordered: 2, combinationId: 20, attributes: "Size: L; Print: A"),
            Line(2, 2, "SHIRT-L", ordered: 1, combinationId: 20, attributes: "Size: L; Print: B"),
            Line(1, 3, "CAP", ordered: 1, attributes: "Red"),
            Line(2, 3, "CAP", ordered: 2, attributes: "Blue"),
            Line(3, 3, "CAP", ordered: 3, attributes: "Red")
        };

        PickListRules.Arrange(lines, PickListGrouping.ByProduct)
            .Select(l => (l.OrderId, l.Sku, l.Attributes, l.QuantityOrdered, l.QuantityBackordered, l.QuantityFilled, l.QuantityOpen, l.WarehouseName))
            .Should().Equal(
                ((int?)null, "MUG", "", 1, 0, 0, 0, "North"),
                (null, "CAP", "Blue", 2, 0, 0, 0, null),
                (null, "CAP", "Red", 4, 0, 0, 0, null),
                (null, "MUG", "", 9, 6, 1, 5, null),
                (null, "SHIRT-L", "Size: L; Print: A", 3, 0, 0, 0, null));
    }

    [TestCase(3, true, "", "backorder")]
    [TestCase(3, false, "stock", "backorder")]
    [TestCase(0, true, "stock", null)]
    [TestCase(0, false, "stock", "stock")]
    [TestCase(0, false, " ", null)]
    public void The_message_is_the_backorder_one_while_units_wait_else_the_in_stock_one_when_asked(int open, bool onlyBackordered, string inStock, string expected)
    {
        var settings = new BackorderSettings
        {
            PickListBackorderMessage = "backorder", PickListInStockMessage = inStock, PickListMessageOnlyForBackorderedLines = onlyBackordered
        };

        PickListRules.TemplateFor(Line(1, 1, "S", backordered: open, open: open), settings).Should().Be(expected);
    }
}
