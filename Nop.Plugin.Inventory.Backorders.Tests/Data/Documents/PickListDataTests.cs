using System.Text;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Policy.PolicyData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Documents;

/// <summary>
/// <see cref="PickListService"/> on each database: quantities from the ledger, stock per product / combination /
/// warehouse, SKU and restock date, grouping by order and by product, messages, deleted orders, and the CSV.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class PickListDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private static readonly DateTime Restock = new(2030, 1, 15, 0, 0, 0, DateTimeKind.Utc);

    private Product _mug, _shirt, _bolt, _crate;
    private ProductAttributeCombination _large, _small;
    private Warehouse _north, _south;
    private Order _order1, _order2, _deleted;
    private OrderItem _mug1, _shirt1, _bolt1, _mug2, _shirt2, _crate2;
    private Mock<IProductAttributeParser> _parser;

    [OneTimeSetUp]
    public void CreateWarehouseTable() => Database.CreateNopTables(typeof(Warehouse));

    [SetUp]
    public async Task InsertOrders()
    {
        _north = new Warehouse { Name = "North", AdminComment = "Aisle 4, shelf B" };
        _south = new Warehouse { Name = "South" };
        await Database.GetRepository<Warehouse>().InsertAsync(new List<Warehouse> { _north, _south }, publishEvent: false);

        _mug = NewProduct(1, BackorderMode.AllowQtyBelow0AndNotifyCustomer, p => { p.Name = "Blue mug"; p.Sku = "MUG-1"; p.StockQuantity = 3; });
        _shirt = NewProduct(2, BackorderMode.AllowQtyBelow0AndNotifyCustomer, p =>
        {
            p.Name = "Shirt"; p.Sku = "SHIRT"; p.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStockByAttributes;
        });
        _bolt = NewProduct(3, BackorderMode.AllowQtyBelow0, p => { p.Name = "Bolt [orderNumber] <b>&</b>"; p.Sku = "=BOLT"; p.StockQuantity = -4; });
        _crate = NewProduct(4, BackorderMode.AllowQtyBelow0AndNotifyCustomer, p =>
        {
            p.Name = "صندوق"; p.Sku = "CRATE"; p.UseMultipleWarehouses = true; p.StockQuantity = 0;
        });
        await InsertAsync(Database, _mug, _shirt, _bolt, _crate);

        _large = new ProductAttributeCombination { ProductId = _shirt.Id, Sku = "SHIRT-L", AttributesXml = "<Attributes><L/></Attributes>", StockQuantity = 2 };
        _small = new ProductAttributeCombination { ProductId = _shirt.Id, Sku = "", AttributesXml = "<Attributes><S/></Attributes>", StockQuantity = 7 };
        await Database.GetRepository<ProductAttributeCombination>().InsertAsync(new List<ProductAttributeCombination> { _large, _small }, publishEvent: false);
        await Database.GetRepository<ProductWarehouseInventory>().InsertAsync(new List<ProductWarehouseInventory>
        {
            new() { ProductId = _crate.Id, WarehouseId = _north.Id, StockQuantity = 5, ReservedQuantity = 1 },
            new() { ProductId = _crate.Id, WarehouseId = _south.Id, StockQuantity = 2, ReservedQuantity = 0 }
        }, publishEvent: false);
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(new ProductBackorderSetting
        {
            ProductId = _mug.Id, UsesDefaultPolicy = false, ExpectedRestockDateUtc = Restock, UpdatedOnUtc = Created
        }, publishEvent: false);

        _order1 = NewOrder("1001");
        _order2 = NewOrder("1002");
        _deleted = NewOrder("1003", deleted: true);
        await Database.GetRepository<Order>().InsertAsync(new List<Order> { _order1, _order2, _deleted }, publishEvent: false);

        _mug1 = Item(_order1, _mug, 5);
        _shirt1 = Item(_order1, _shirt, 3, "<Attributes><L/></Attributes>", "Size: L<br />Print: &lt;b&gt;Hi&lt;/b&gt;");
        _bolt1 = Item(_order1, _bolt, 2);
        _mug2 = Item(_order2, _mug, 4);
        _shirt2 = Item(_order2, _shirt, 1, "<Attributes><S /></Attributes>", "Size: S");
        _crate2 = Item(_order2, _crate, 6);
        var deletedItem = Item(_deleted, _mug, 9);
        await Database.GetRepository<OrderItem>().InsertAsync(new List<OrderItem> { _mug1, _shirt1, _bolt1, _mug2, _shirt2, _crate2, deletedItem }, publishEvent: false);

        await Database.GetRepository<OrderItemBackorder>().InsertAsync(new List<OrderItemBackorder>
        {
            Ledger(_mug1, backordered: 2),
            Ledger(_shirt1, backordered: 1, filled: 1, combinationId: _large.Id),
            Ledger(_mug2, backordered: 4, filled: 1),
            Ledger(_crate2, backordered: 3, warehouseId: _north.Id),
            Ledger(deletedItem, backordered: 9)
        }, publishEvent: false);

        // The second shirt's XML differs in form only: found as nopCommerce finds it.
        _parser = new Mock<IProductAttributeParser>();
        _parser.Setup(p => p.FindProductAttributeCombinationAsync(It.Is<Product>(x => x.Id == _shirt.Id), "<Attributes><S /></Attributes>", true))
            .ReturnsAsync(() => _small);
    }

    private static Order NewOrder(string number, bool deleted = false) => new()
    {
        OrderGuid = Guid.NewGuid(), CustomOrderNumber = number, CreatedOnUtc = Created, Deleted = deleted, OrderStatusId = (int)OrderStatus.Processing
    };

    private static OrderItem Item(Order order, Product product, int quantity, string xml = null, string description = null) => new()
    {
        OrderItemGuid = Guid.NewGuid(), OrderId = order.Id, ProductId = product.Id, Quantity = quantity, AttributesXml = xml, AttributeDescription = description
    };

    private static OrderItemBackorder Ledger(OrderItem item, int backordered, int filled = 0, int? combinationId = null, int? warehouseId = null) => new()
    {
        OrderId = item.OrderId, OrderItemId = item.Id, ProductId = item.ProductId, CombinationId = combinationId, WarehouseId = warehouseId,
        QuantityOrdered = item.Quantity, QuantityBackordered = backordered, QuantityFilled = filled,
        Status = filled == 0 ? BackorderLineStatus.Open : BackorderLineStatus.PartlyFilled, CreatedOnUtc = Created, UpdatedOnUtc = Created
    };

    private BackorderSettings Settings(bool onlyBackordered = true) => new()
    {
        PickListBackorderMessage = BackordersLocaleResources.English[BackordersDefaults.ResourcePrefix + "Documents.PickList.DefaultBackorderMessage"],
        PickListInStockMessage = "[cataloginventoryItemQty] in stock for [productName]",
        PickListMessageOnlyForBackorderedLines = onlyBackordered
    };

    private PickListService Service(BackorderSettings settings = null, params IDocumentTokenProvider[] providers)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => BackordersLocaleResources.English.GetValueOrDefault(key, key));
        return new PickListService(Database.GetRepository<Order>(), Database.GetRepository<OrderItem>(), Database.GetRepository<Product>(),
            Database.GetRepository<ProductAttributeCombination>(), Database.GetRepository<ProductWarehouseInventory>(),
            Database.GetRepository<Warehouse>(), Database.GetRepository<OrderItemBackorder>(), Database.GetRepository<ProductBackorderSetting>(),
            _parser.Object, localization.Object, settings ?? Settings(), providers);
    }

    [Test]
    public async Task By_order_each_line_carries_its_quantities_stock_sku_and_warehouse()
    {
        var list = await Service().BuildAsync([_order2.Id, _order1.Id, _deleted.Id, 999], PickListGrouping.ByOrder);

        list.Grouping.Should().Be(PickListGrouping.ByOrder);
        list.ShowWarehouse.Should().BeTrue();
        list.Lines.Select(l => (l.OrderNumber, l.Sku, l.QuantityOrdered, l.QuantityInStock, l.QuantityBackordered, l.QuantityFilled, l.QuantityOpen, l.WarehouseName))
            .Should().Equal(
                ("1001", "=BOLT", 2, 0, 0, 0, 0, null),
                ("1001", "MUG-1", 5, 3, 2, 0, 2, null),
                ("1001", "SHIRT-L", 3, 2, 1, 1, 0, null),
                ("1002", "CRATE", 6, 4, 3, 0, 3, "North"),
                ("1002", "MUG-1", 4, 3, 4, 1, 3, null),
                ("1002", "SHIRT", 1, 7, 0, 0, 0, null));

        var shirt = list.Lines.Single(l => l.Sku == "SHIRT-L");
        shirt.CombinationId.Should().Be(_large.Id);
        shirt.Attributes.Should().Be("Size: L; Print: <b>Hi</b>");
        list.Lines.Single(l => l.Sku == "SHIRT").CombinationId.Should().Be(_small.Id, "the combination without its own SKU prints the product's");
        list.Lines.Single(l => l.Sku == "CRATE").WarehouseLocation.Should().Be("Aisle 4, shelf B");
        list.Lines.Where(l => l.ProductId == _mug.Id).Should().OnlyContain(l => l.ExpectedRestockDate == Restock);
        list.Lines.Single(l => l.Sku == "=BOLT").ProductName.Should().Be("Bolt [orderNumber] <b>&</b>");
    }

    [Test]
    public async Task A_product_attached_to_a_line_leaves_the_line_s_own_figures_alone()
    {
        // nopCommerce's "associated product" attribute values: the ledger gives the attached product a line of its own
        // under the same order item (here the crate, attached to the bolt line, which itself was not backordered).
        await Database.GetRepository<OrderItemBackorder>().InsertAsync(new OrderItemBackorder
        {
            OrderId = _order1.Id, OrderItemId = _bolt1.Id, ProductId = _crate.Id, QuantityOrdered = 2, QuantityBackordered = 2,
            Status = BackorderLineStatus.Open, CreatedOnUtc = Created, UpdatedOnUtc = Created
        }, publishEvent: false);

        var list = await Service().BuildAsync([_order1.Id], PickListGrouping.ByOrder);

        var bolt = list.Lines.Single(l => l.Sku == "=BOLT");
        (bolt.QuantityBackordered, bolt.QuantityOpen, bolt.Message).Should().Be((0, 0, string.Empty));
    }

    [Test]
    public async Task Messages_render_for_lines_still_waiting_and_values_print_literally()
    {
        var list = await Service().BuildAsync([_order1.Id, _order2.Id], PickListGrouping.ByOrder);

        list.Lines.Single(l => l.OrderNumber == "1001" && l.Sku == "MUG-1").Message
            .Should().Be("2 of the items you ordered are on backorder, and we only have 3 available right now");
        list.Lines.Single(l => l.Sku == "CRATE").Message
            .Should().Be("3 of the items you ordered are on backorder, and we only have 4 available right now");
        list.Lines.Where(l => l.QuantityOpen == 0).Should().OnlyContain(l => l.Message == "");

        var withInStock = await Service(Settings(onlyBackordered: false)).BuildAsync([_order1.Id], PickListGrouping.ByOrder);
        withInStock.Lines.Single(l => l.Sku == "=BOLT").Message.Should().Be("0 in stock for Bolt [orderNumber] <b>&</b>");
    }

    [Test]
    public async Task By_product_sums_the_orders_lines_per_product_combination_and_warehouse()
    {
        var list = await Service().BuildAsync([_order1.Id, _order2.Id], PickListGrouping.ByProduct);

        list.Lines.Select(l => (l.OrderNumber, l.Sku, l.QuantityOrdered, l.QuantityBackordered, l.QuantityFilled, l.QuantityOpen, l.WarehouseName))
            .Should().Equal(
                ((string)null, "CRATE", 6, 3, 0, 3, "North"),
                (null, "=BOLT", 2, 0, 0, 0, null),
                (null, "MUG-1", 9, 6, 1, 5, null),
                (null, "SHIRT", 1, 0, 0, 0, null),
                (null, "SHIRT-L", 3, 1, 1, 0, null));
        list.Lines.Single(l => l.Sku == "MUG-1").Message
            .Should().Be("6 of the items you ordered are on backorder, and we only have 3 available right now");
    }

    [Test]
    public async Task The_configured_grouping_applies_when_none_is_asked()
    {
        var settings = Settings();
        settings.PickListGrouping = PickListGrouping.ByProduct;

        (await Service(settings).BuildAsync([_order1.Id, _order2.Id])).Grouping.Should().Be(PickListGrouping.ByProduct);
        (await Service().BuildAsync([])).Lines.Should().BeEmpty();
    }

    [Test]
    public async Task Per_warehouse_stock_without_a_ledger_warehouse_is_the_sum_of_stock_less_reserved()
    {
        await Database.GetRepository<OrderItemBackorder>().DeleteAsync(l => l.ProductId == _crate.Id);

        var line = (await Service().BuildAsync([_order2.Id])).Lines.Single(l => l.Sku == "CRATE");

        (line.QuantityInStock, line.WarehouseId, line.QuantityBackordered).Should().Be((6, (int?)null, 0));
    }

    [Test]
    public async Task An_integrators_tokens_fill_the_message()
    {
        var provider = new Mock<IDocumentTokenProvider>();
        provider.Setup(p => p.TokenNames).Returns(["bin"]);
        provider.Setup(p => p.AddValuesAsync(It.IsAny<IReadOnlyList<PickListLine>>(), It.IsAny<IReadOnlyList<IDictionary<string, string>>>()))
            .Returns((IReadOnlyList<PickListLine> lines, IReadOnlyList<IDictionary<string, string>> values) =>
            {
                for (var i = 0; i < lines.Count; i++)
                    values[i]["bin"] = "BIN-" + lines[i].Sku;
                return Task.CompletedTask;
            });
        var settings = Settings();
        settings.PickListBackorderMessage = "[BIN]: [orderItemQtyOpen] to come";

        var list = await Service(settings, provider.Object).BuildAsync([_order1.Id]);

        list.Lines.Single(l => l.Sku == "MUG-1").Message.Should().Be("BIN-MUG-1: 2 to come");
        provider.Verify(p => p.AddValuesAsync(It.IsAny<IReadOnlyList<PickListLine>>(), It.IsAny<IReadOnlyList<IDictionary<string, string>>>()), Times.Once);
    }

    [Test]
    public async Task The_csv_has_localized_headers_and_formula_safe_text()
    {
        var service = Service();
        var list = await service.BuildAsync([_order1.Id, _order2.Id], PickListGrouping.ByOrder);
        using var stream = new MemoryStream();

        await service.WriteCsvAsync(stream, list);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Order #,SKU,Product,Attributes,Ordered,In stock now,Backordered,Filled,Still open,Warehouse,Location,Expected restock,Message");
        lines[1].Should().Be("1001,'=BOLT,Bolt [orderNumber] <b>&</b>,,2,0,0,0,0,,,,");
        lines[2].Should().Be("1001,MUG-1,Blue mug,,5,3,2,0,2,,,2030-01-15,\"2 of the items you ordered are on backorder, and we only have 3 available right now\"");
        lines.Should().HaveCount(7);
    }
}
