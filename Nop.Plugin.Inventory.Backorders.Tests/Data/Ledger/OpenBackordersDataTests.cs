using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Policy.PolicyData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>
/// The open-backorders query (<see cref="OpenBackordersService"/>) on each database: every filter, paging and totals
/// in the database, the vendor restriction, deleted orders left out, the order pages' lines and the export's batches.
/// Ledger rows are inserted directly.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class OpenBackordersDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private static readonly DateTime Day1 = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Day2 = Day1.AddDays(1);
    private static readonly DateTime Day3 = Day1.AddDays(2);
    private static readonly DateTime Restock = new(2026, 12, 12, 0, 0, 0, DateTimeKind.Utc);

    private Product _mug, _cup, _shirt;
    private ProductAttributeCombination _large;
    private Order _order1, _order2, _order3, _deleted;
    private OrderItemBackorder _mug1, _cup1, _mug2Filled, _shirt2, _cup3Partly, _mug3Cancelled, _mugDeletedOrder;

    private OpenBackordersService Service() => new(Database.GetRepository<OrderItemBackorder>(), Database.GetRepository<Order>(),
        Database.GetRepository<OrderItem>(), Database.GetRepository<Product>(), Database.GetRepository<ProductAttributeCombination>(), Database.GetRepository<ProductBackorderSetting>());

    [SetUp]
    public async Task InsertLedger()
    {
        _mug = NewProduct(1, BackorderMode.AllowQtyBelow0AndNotifyCustomer, p => { p.Name = "Blue mug"; p.Sku = "MUG-1"; p.VendorId = 7; });
        _cup = NewProduct(2, BackorderMode.AllowQtyBelow0, p => { p.Name = "Red cup"; p.Sku = "CUP-2"; p.VendorId = 8; });
        _shirt = NewProduct(3, BackorderMode.AllowQtyBelow0AndNotifyCustomer, p => { p.Name = "Shirt"; p.Sku = "SHIRT"; p.VendorId = 7; });
        await InsertAsync(Database, _mug, _cup, _shirt);

        _large = new ProductAttributeCombination { ProductId = _shirt.Id, Sku = "SHIRT-L", AttributesXml = "<a/>", StockQuantity = -2 };
        await Database.GetRepository<ProductAttributeCombination>().InsertAsync(_large, publishEvent: false);
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(new ProductBackorderSetting
        {
            ProductId = _mug.Id, UsesDefaultPolicy = false, ExpectedRestockDateUtc = Restock, UpdatedOnUtc = Day1
        }, publishEvent: false);

        _order1 = NewOrder("1001", customerId: 31, Day1);
        _order2 = NewOrder("1002", customerId: 32, Day2);
        _order3 = NewOrder("1003", customerId: 31, Day3);
        _deleted = NewOrder("1004", customerId: 33, Day3, deleted: true);
        await Database.GetRepository<Order>().InsertAsync(new List<Order> { _order1, _order2, _order3, _deleted }, publishEvent: false);

        _mug1 = Line(_order1, 101, _mug, ordered: 5, backordered: 3, created: Day1);
        _cup1 = Line(_order1, 102, _cup, ordered: 2, backordered: 2, created: Day1, warehouseId: 4);
        _mug2Filled = Line(_order2, 201, _mug, ordered: 4, backordered: 4, filled: 4, created: Day2, status: BackorderLineStatus.Filled);
        _shirt2 = Line(_order2, 202, _shirt, ordered: 3, backordered: 1, created: Day2, combination: _large);
        _cup3Partly = Line(_order3, 301, _cup, ordered: 6, backordered: 6, filled: 2, created: Day3, warehouseId: 5, status: BackorderLineStatus.PartlyFilled);
        _mug3Cancelled = Line(_order3, 302, _mug, ordered: 1, backordered: 1, cancelled: 1, created: Day3, status: BackorderLineStatus.Cancelled);
        _mugDeletedOrder = Line(_deleted, 401, _mug, ordered: 9, backordered: 9, created: Day3);
        _mugDeletedOrder.OrderDeleted = true; // as the ledger marks it when nopCommerce deletes the order
        await Database.GetRepository<OrderItemBackorder>().InsertAsync(
            new List<OrderItemBackorder> { _mug1, _cup1, _mug2Filled, _shirt2, _cup3Partly, _mug3Cancelled, _mugDeletedOrder }, publishEvent: false);
    }

    private static Order NewOrder(string number, int customerId, DateTime created, bool deleted = false) => new()
    {
        OrderGuid = Guid.NewGuid(), CustomOrderNumber = number, CustomerId = customerId, CreatedOnUtc = created, Deleted = deleted,
        OrderStatusId = (int)OrderStatus.Pending
    };

    private static OrderItemBackorder Line(Order order, int orderItemId, Product product, int ordered, int backordered, DateTime created,
        int filled = 0, int cancelled = 0, int? warehouseId = null, ProductAttributeCombination combination = null,
        BackorderLineStatus status = BackorderLineStatus.Open) => new()
    {
        OrderId = order.Id, OrderItemId = orderItemId, ProductId = product.Id, CombinationId = combination?.Id, WarehouseId = warehouseId,
        QuantityOrdered = ordered, QuantityBackordered = backordered, QuantityFilled = filled, QuantityCancelled = cancelled,
        Status = status, CreatedOnUtc = created, UpdatedOnUtc = created
    };

    private async Task<List<int>> Ids(OpenBackordersFilter filter) =>
        (await Service().SearchAsync(filter, 0, 100)).Select(r => r.Id).ToList();

    [Test]
    public async Task By_default_the_list_shows_lines_still_waiting_oldest_first_and_leaves_out_deleted_orders()
    {
        (await Ids(new OpenBackordersFilter())).Should().Equal(_mug1.Id, _cup1.Id, _shirt2.Id, _cup3Partly.Id);
        (await Ids(new OpenBackordersFilter { StatusId = OpenBackordersQuery.AnyStatus }))
            .Should().Equal(_mug1.Id, _cup1.Id, _mug2Filled.Id, _shirt2.Id, _cup3Partly.Id, _mug3Cancelled.Id);
    }

    [Test]
    public async Task A_line_carries_its_order_number_product_sku_quantities_and_restock_date()
    {
        var rows = await Service().SearchAsync(new OpenBackordersFilter { StatusId = OpenBackordersQuery.AnyStatus }, 0, 100);

        var mug = rows.Single(r => r.Id == _mug1.Id);
        mug.CustomOrderNumber.Should().Be("1001");
        mug.CustomerId.Should().Be(31);
        mug.ProductName.Should().Be("Blue mug");
        mug.Sku.Should().Be("MUG-1");
        (mug.QuantityOrdered, mug.QuantityBackordered, mug.QuantityFilled, mug.QuantityOpen).Should().Be((5, 3, 0, 3));
        mug.ExpectedRestockDateUtc.Should().Be(Restock);

        rows.Single(r => r.Id == _shirt2.Id).Sku.Should().Be("SHIRT-L", "a combination's own SKU wins");
        rows.Single(r => r.Id == _shirt2.Id).ExpectedRestockDateUtc.Should().BeNull();
        rows.Single(r => r.Id == _cup3Partly.Id).QuantityOpen.Should().Be(4);
        rows.Single(r => r.Id == _mug3Cancelled.Id).QuantityOpen.Should().Be(0);
    }

    private static IEnumerable<TestCaseData> Filters()
    {
        yield return new TestCaseData(new OpenBackordersFilter { ProductName = "mug", StatusId = OpenBackordersQuery.AnyStatus }, new[] { "mug1", "mug2Filled", "mug3Cancelled" }).SetName("{m}(name contains)");
        yield return new TestCaseData(new OpenBackordersFilter { ProductName = "  Red  " .Trim() }, new[] { "cup1", "cup3Partly" }).SetName("{m}(name, still open)");
        yield return new TestCaseData(new OpenBackordersFilter { Sku = " CUP-2 " }, new[] { "cup1", "cup3Partly" }).SetName("{m}(product sku, trimmed)");
        yield return new TestCaseData(new OpenBackordersFilter { Sku = "SHIRT-L" }, new[] { "shirt2" }).SetName("{m}(combination sku)");
        yield return new TestCaseData(new OpenBackordersFilter { Sku = "CUP" }, Array.Empty<string>()).SetName("{m}(sku exact only)");
        yield return new TestCaseData(new OpenBackordersFilter { OrderNumber = "1003", StatusId = OpenBackordersQuery.AnyStatus }, new[] { "cup3Partly", "mug3Cancelled" }).SetName("{m}(order number)");
        yield return new TestCaseData(new OpenBackordersFilter { OrderNumber = "1004", StatusId = OpenBackordersQuery.AnyStatus }, Array.Empty<string>()).SetName("{m}(deleted order)");
        yield return new TestCaseData(new OpenBackordersFilter { CreatedFromUtc = Day2, StatusId = OpenBackordersQuery.AnyStatus }, new[] { "mug2Filled", "shirt2", "cup3Partly", "mug3Cancelled" }).SetName("{m}(from inclusive)");
        yield return new TestCaseData(new OpenBackordersFilter { CreatedFromUtc = Day1, CreatedToUtc = Day2 }, new[] { "mug1", "cup1" }).SetName("{m}(to exclusive)");
        yield return new TestCaseData(new OpenBackordersFilter { StatusId = (int)BackorderLineStatus.Filled }, new[] { "mug2Filled" }).SetName("{m}(status filled)");
        yield return new TestCaseData(new OpenBackordersFilter { StatusId = (int)BackorderLineStatus.PartlyFilled }, new[] { "cup3Partly" }).SetName("{m}(status partly filled)");
        yield return new TestCaseData(new OpenBackordersFilter { StatusId = 99 }, Array.Empty<string>()).SetName("{m}(unknown status)");
        yield return new TestCaseData(new OpenBackordersFilter { WarehouseId = 5 }, new[] { "cup3Partly" }).SetName("{m}(warehouse)");
        yield return new TestCaseData(new OpenBackordersFilter { VendorId = 7, StatusId = OpenBackordersQuery.AnyStatus }, new[] { "mug1", "mug2Filled", "shirt2", "mug3Cancelled" }).SetName("{m}(vendor 7)");
        yield return new TestCaseData(new OpenBackordersFilter { VendorId = 8, ProductName = "mug" }, Array.Empty<string>()).SetName("{m}(vendor 8 never sees vendor 7's)");
        yield return new TestCaseData(new OpenBackordersFilter { ProductName = "cup", Sku = "CUP-2", OrderNumber = "1001", WarehouseId = 4, CreatedFromUtc = Day1, CreatedToUtc = Day3 }, new[] { "cup1" }).SetName("{m}(all together)");
    }

    [TestCaseSource(nameof(Filters))]
    public async Task Each_filter_narrows_the_list(OpenBackordersFilter filter, string[] expected)
    {
        var byName = new Dictionary<string, int>
        {
            ["mug1"] = _mug1.Id, ["cup1"] = _cup1.Id, ["mug2Filled"] = _mug2Filled.Id, ["shirt2"] = _shirt2.Id,
            ["cup3Partly"] = _cup3Partly.Id, ["mug3Cancelled"] = _mug3Cancelled.Id
        };

        (await Ids(filter)).Should().Equal(expected.Select(name => byName[name]));
    }

    [Test]
    public async Task Paging_counts_every_match_and_returns_only_the_page()
    {
        var filter = new OpenBackordersFilter { StatusId = OpenBackordersQuery.AnyStatus };

        var second = await Service().SearchAsync(filter, 1, 4);

        second.TotalCount.Should().Be(6);
        second.TotalPages.Should().Be(2);
        second.Select(r => r.Id).Should().Equal(_cup3Partly.Id, _mug3Cancelled.Id);
    }

    [Test]
    public async Task Totals_add_up_the_filtered_lines_per_product_by_name()
    {
        var totals = await Service().TotalsByProductAsync(new OpenBackordersFilter { StatusId = OpenBackordersQuery.AnyStatus }, 0, 10);

        totals.TotalCount.Should().Be(3);
        totals.Select(t => (t.ProductName, t.Lines, t.QuantityOrdered, t.QuantityBackordered, t.QuantityFilled, t.QuantityCancelled, t.QuantityOpen))
            .Should().Equal(
                ("Blue mug", 3, 10, 8, 4, 1, 3),
                ("Red cup", 2, 8, 8, 2, 0, 6),
                ("Shirt", 1, 3, 1, 0, 0, 1));

        var stillOpen = await Service().TotalsByProductAsync(new OpenBackordersFilter(), 1, 2);
        stillOpen.TotalCount.Should().Be(3);
        stillOpen.Select(t => (t.ProductName, t.QuantityOpen)).Should().Equal(("Shirt", 1));

        var vendor = await Service().TotalsByProductAsync(new OpenBackordersFilter { VendorId = 8 }, 0, 10);
        vendor.Select(t => (t.ProductName, t.QuantityOpen)).Should().Equal(("Red cup", 6));
    }

    [Test]
    public async Task An_orders_lines_come_in_any_status_and_a_vendor_sees_only_its_products()
    {
        (await Service().GetOrderLinesAsync(_order3.Id)).Select(r => r.Id).Should().Equal(_cup3Partly.Id, _mug3Cancelled.Id);
        (await Service().GetOrderLinesAsync(_order3.Id, vendorId: 7)).Select(r => r.Id).Should().Equal(_mug3Cancelled.Id);
        (await Service().GetOrderLinesAsync(_deleted.Id)).Should().BeEmpty();
        (await Service().GetOrderLinesAsync(0)).Should().BeEmpty();
    }

    [Test]
    public async Task An_order_items_line_is_found_by_the_item_and_is_its_own_product_s_not_an_attached_one()
    {
        // The shirt line's order item, with a mug attached to it through an "associated product" attribute value (2 per shirt).
        var item = new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = _order2.Id, ProductId = _shirt.Id, Quantity = 3 };
        await Database.GetRepository<OrderItem>().InsertAsync(item, publishEvent: false);
        _shirt2.OrderItemId = item.Id;
        await Database.GetRepository<OrderItemBackorder>().UpdateAsync(_shirt2, publishEvent: false);
        var attached = Line(_order2, item.Id, _mug, ordered: 6, backordered: 6, created: Day1);
        attached.QuantityPerItem = 2;
        await Database.GetRepository<OrderItemBackorder>().InsertAsync(attached, publishEvent: false);

        var line = await Service().GetOrderItemLineAsync(item.Id);

        line.Id.Should().Be(_shirt2.Id);
        line.CustomerId.Should().Be(32);
        line.BackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0AndNotifyCustomer);
        (await Service().GetOrderItemLineAsync(999)).Should().BeNull();
    }

    [Test]
    public async Task The_export_reads_every_filtered_line_in_batches_oldest_first()
    {
        var all = new List<int>();
        await foreach (var row in Service().ReadAllAsync(new OpenBackordersFilter { StatusId = OpenBackordersQuery.AnyStatus }, batchSize: 2))
            all.Add(row.Id);

        all.Should().Equal(_mug1.Id, _cup1.Id, _mug2Filled.Id, _shirt2.Id, _cup3Partly.Id, _mug3Cancelled.Id);

        var open = new List<int>();
        await foreach (var row in Service().ReadAllAsync(new OpenBackordersFilter { ProductName = "cup" }, batchSize: 1))
            open.Add(row.Id);
        open.Should().Equal(_cup1.Id, _cup3Partly.Id);
    }
}
