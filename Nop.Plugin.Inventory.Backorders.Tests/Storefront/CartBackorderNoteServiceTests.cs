using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class CartBackorderNoteServiceTests
{
    private Mock<IProductService> _products;
    private Mock<IProductAttributeParser> _attributes;
    private Mock<IBackorderInventoryService> _inventory;
    private Mock<ILocalizationService> _localization;

    [SetUp]
    public void SetUp()
    {
        _products = new Mock<IProductService>();
        _attributes = new Mock<IProductAttributeParser>();
        _inventory = new Mock<IBackorderInventoryService>();
        _localization = new Mock<ILocalizationService>();
        _localization.Setup(l => l.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<System.Linq.Expressions.Expression<Func<Product, string>>>(), null, true, true))
            .ReturnsAsync((Product p, System.Linq.Expressions.Expression<Func<Product, string>> _, int? _, bool _, bool _) => p.Name);
        // The real rule decides; wording is just "<in stock>/<backordered>".
        _inventory.Setup(i => i.DecideStockMessageAsync(It.IsAny<Product>(), It.IsAny<int>(), It.IsAny<BackorderMode>(), It.IsAny<int>()))
            .ReturnsAsync((Product p, int available, BackorderMode policy, int requested) => StockMessageRule.Decide(
                new StockSituation(policy, available, p.DisplayStockAvailability, false, 0, LowStockActivity.Nothing, false, RequestedQuantity: requested)));
        _inventory.Setup(i => i.WordStockMessageAsync(It.IsAny<Product>(), It.IsAny<StockMessage>()))
            .ReturnsAsync((Product _, StockMessage m) => $"{m.InStock}/{m.Backordered}");
    }

    private Product Product(int id, BackorderMode mode, ManageInventoryMethod method = ManageInventoryMethod.ManageStock, int stock = 0)
    {
        var product = new Product { Id = id, Name = $"P{id}", BackorderMode = mode, ManageInventoryMethod = method, StockQuantity = stock, DisplayStockAvailability = true };
        _products.Setup(p => p.GetProductByIdAsync(id)).ReturnsAsync(product);
        _products.Setup(p => p.GetTotalStockQuantityAsync(product, true, 0)).ReturnsAsync(stock);
        return product;
    }

    private static ShoppingCartItem Line(int productId, int quantity, string xml = "") =>
        new() { ProductId = productId, Quantity = quantity, AttributesXml = xml, ShoppingCartType = ShoppingCartType.ShoppingCart };

    private static ShoppingCartItem WithId(ShoppingCartItem line, int id)
    {
        line.Id = id;
        return line;
    }

    private Task<IList<CartBackorderNote>> Notes(params ShoppingCartItem[] lines) =>
        new CartBackorderNoteService(_inventory.Object, _localization.Object, _attributes.Object, _products.Object).GetNotesAsync(lines);

    [Test]
    public async Task Lines_of_one_product_share_its_stock()
    {
        Product(1, BackorderMode.AllowQtyBelow0AndNotifyCustomer, stock: 3);

        (await Notes(Line(1, 2), Line(1, 3))).Should().Equal(new CartBackorderNote(1, "P1", "3/2"));
    }

    [Test]
    public async Task Silent_and_no_backorder_products_and_covered_lines_get_no_note()
    {
        Product(1, BackorderMode.AllowQtyBelow0, stock: 0);
        Product(2, BackorderMode.NoBackorders, stock: 0);
        Product(3, BackorderMode.AllowQtyBelow0AndNotifyCustomer, stock: 10);
        Product(4, BackorderMode.AllowQtyBelow0AndNotifyCustomer, ManageInventoryMethod.DontManageStock);

        (await Notes(Line(1, 5), Line(2, 5), Line(3, 5), Line(4, 5))).Should().BeEmpty();
    }

    [Test]
    public async Task Combinations_use_their_own_stock_and_follow_the_product_s_telling()
    {
        var product = Product(1, BackorderMode.AllowQtyBelow0AndNotifyCustomer, ManageInventoryMethod.ManageStockByAttributes);
        _attributes.Setup(a => a.FindProductAttributeCombinationAsync(product, "red", true))
            .ReturnsAsync(new ProductAttributeCombination { Id = 7, StockQuantity = 1, AllowOutOfStockOrders = true });
        _attributes.Setup(a => a.FindProductAttributeCombinationAsync(product, "blue", true))
            .ReturnsAsync(new ProductAttributeCombination { Id = 8, StockQuantity = 0, AllowOutOfStockOrders = false });

        (await Notes(Line(1, 2, "red"), Line(1, 1, "red"), Line(1, 4, "blue"))).Should().Equal(new CartBackorderNote(1, "P1", "1/2"));
    }

    [Test]
    public async Task Every_managed_line_gets_a_signal_for_themes_with_the_maximum_of_the_stock_it_shares()
    {
        Product(1, BackorderMode.AllowQtyBelow0AndNotifyCustomer, stock: 3).DisplayStockQuantity = true;
        Product(2, BackorderMode.NoBackorders, stock: 4);
        Product(3, BackorderMode.AllowQtyBelow0, ManageInventoryMethod.DontManageStock);
        _inventory.Setup(i => i.GetBackorderLimitAsync(It.Is<Product>(p => p.Id == 1))).ReturnsAsync(2);

        var summary = await new CartBackorderNoteService(_inventory.Object, _localization.Object, _attributes.Object, _products.Object)
            .SummarizeAsync([WithId(Line(1, 2), 11), WithId(Line(1, 3), 12), WithId(Line(2, 1), 13), WithId(Line(3, 1), 14)]);

        summary.Lines.Should().Equal(
            new CartLineSignal(11, 1, new BackorderSignal(true, 5, 3)),
            new CartLineSignal(12, 1, new BackorderSignal(true, 5, 3)),
            new CartLineSignal(13, 2, new BackorderSignal(false, 4, null)));
        summary.Notes.Should().ContainSingle().Which.ProductId.Should().Be(1);
    }

    [Test]
    public async Task The_product_name_is_the_customer_s_language_s()
    {
        Product(1, BackorderMode.AllowQtyBelow0AndNotifyCustomer, stock: 0);
        _localization.Setup(l => l.GetLocalizedAsync(It.Is<Product>(p => p.Id == 1), It.IsAny<System.Linq.Expressions.Expression<Func<Product, string>>>(), null, true, true))
            .ReturnsAsync("P1 (de)");

        (await Notes(Line(1, 2))).Should().Equal(new CartBackorderNote(1, "P1 (de)", "0/2"));
    }
}
