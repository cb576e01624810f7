using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using static Nop.Core.Domain.Catalog.BackorderMode;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class CartBackorderLimitTests
{
    // basis (null: none), limit, already in cart, requested -> remaining when exceeded (null: accepted / not the plugin's check)
    [TestCase(null, 0, 3, 0, 5, null, TestName = "no stock basis (not managed, no combination): nothing to check")]
    [TestCase(NoBackorders, 2, 3, 0, 5, null, TestName = "no backorders: nopCommerce checks stock itself")]
    [TestCase(AllowQtyBelow0, 2, 0, 0, 500, null, TestName = "unlimited backorders")]
    [TestCase(AllowQtyBelow0, 2, 3, 0, 5, null, TestName = "exactly up to the limit")]
    [TestCase(AllowQtyBelow0, 2, 3, 0, 6, 5, TestName = "one beyond the limit")]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, 2, 3, 4, 2, 1, TestName = "lines sharing the stock count together")]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, -3, 3, 0, 1, 0, TestName = "limit used up")]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, -5, 3, 0, 1, 0, TestName = "already beyond the limit")]
    public void Rule(BackorderMode? policy, int available, int limit, int alreadyInCart, int requested, int? remaining)
    {
        StockBasis? basis = policy is { } p ? new StockBasis(available, p) : null;

        CartBackorderLimitRule.RemainingWhenExceeded(basis, limit, alreadyInCart, requested).Should().Be(remaining);
    }

    private Mock<IBackordersInstalled> _installed;
    private Mock<IBackorderInventoryService> _inventory;
    private Mock<IProductAttributeParser> _parser;
    private Mock<IProductService> _products;
    private List<ShoppingCartItem> _lines;
    private bool _linesRead;

    [SetUp]
    public void SetUp()
    {
        _installed = new Mock<IBackordersInstalled>();
        _installed.Setup(i => i.IsInstalledAsync()).ReturnsAsync(true);
        _inventory = new Mock<IBackorderInventoryService>();
        _inventory.Setup(i => i.GetBackorderLimitAsync(It.IsAny<Product>())).ReturnsAsync(3);
        _parser = new Mock<IProductAttributeParser>();
        _products = new Mock<IProductService>();
        _lines = [];
        _linesRead = false;
    }

    private Task<string> Warning(Product product, string xml, int quantity, int lineId = 0)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(CartBackorderLimit.LimitWarningKey)).ReturnsAsync("{0} more");
        return new CartBackorderLimit(_installed.Object, _inventory.Object, localization.Object, _parser.Object, _products.Object)
            .GetWarningAsync(product, xml, quantity, lineId, () => { _linesRead = true; return Task.FromResult<IList<ShoppingCartItem>>(_lines); });
    }

    private Product ByAttributes(BackorderMode policy = NoBackorders)
    {
        var product = new Product { Id = 1, ManageInventoryMethod = ManageInventoryMethod.ManageStockByAttributes, BackorderMode = policy };
        _parser.Setup(p => p.FindProductAttributeCombinationAsync(product, "red", true))
            .ReturnsAsync(new ProductAttributeCombination { Id = 7, StockQuantity = 1, AllowOutOfStockOrders = true });
        _parser.Setup(p => p.FindProductAttributeCombinationAsync(product, "blue", true))
            .ReturnsAsync(new ProductAttributeCombination { Id = 8, StockQuantity = 0, AllowOutOfStockOrders = false });
        return product;
    }

    private static ShoppingCartItem Line(int id, int quantity, string xml = "") =>
        new() { Id = id, ProductId = 1, Quantity = quantity, AttributesXml = xml, ShoppingCartType = ShoppingCartType.ShoppingCart };

    [Test]
    public async Task A_combination_that_allows_out_of_stock_orders_is_held_to_the_product_s_limit()
    {
        var product = ByAttributes();

        (await Warning(product, "red", 4)).Should().BeNull("1 in stock + 3 below zero");
        (await Warning(product, "red", 5)).Should().Be("4 more");
    }

    [Test]
    public async Task Lines_of_the_same_combination_count_together_other_combinations_do_not()
    {
        var product = ByAttributes();
        _lines = [Line(10, 2, "red"), Line(11, 6, "blue"), Line(12, 1, "red")];

        (await Warning(product, "red", 1)).Should().BeNull("3 + 1 = 4, the maximum");
        (await Warning(product, "red", 2)).Should().Be("1 more");
        (await Warning(product, "red", 3, lineId: 10)).Should().BeNull("the line being changed does not count twice: 1 + 3");
    }

    [Test]
    public async Task A_combination_without_out_of_stock_orders_is_left_to_nopCommerce()
    {
        (await Warning(ByAttributes(), "blue", 50)).Should().BeNull();
        _linesRead.Should().BeFalse();
    }

    [Test]
    public async Task Multiple_warehouses_use_stock_minus_reserved()
    {
        // nopCommerce's GetTotalStockQuantityAsync: warehouses 5 + 2 in stock, 4 + 1 reserved = 2 available.
        var product = new Product { Id = 1, ManageInventoryMethod = ManageInventoryMethod.ManageStock, BackorderMode = AllowQtyBelow0, UseMultipleWarehouses = true };
        _products.Setup(p => p.GetTotalStockQuantityAsync(product, true, 0)).ReturnsAsync(2);
        _lines = [Line(10, 1, "gift wrap")];

        (await Warning(product, "", 4)).Should().BeNull("1 + 4 = 2 available + 3 below zero");
        (await Warning(product, "", 5)).Should().Be("4 more");
    }

    [Test]
    public async Task Not_installed_nothing_is_checked()
    {
        _installed.Setup(i => i.IsInstalledAsync()).ReturnsAsync(false);

        (await Warning(ByAttributes(), "red", 500)).Should().BeNull();
        _inventory.Invocations.Should().BeEmpty();
        _parser.Invocations.Should().BeEmpty();
        _linesRead.Should().BeFalse();
    }
}
