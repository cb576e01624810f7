using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Services.Catalog;
using static Nop.Core.Domain.Catalog.BackorderMode;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class StorefrontWidgetModelsTests
{
    private Mock<IBackordersInstalled> _installed;
    private Mock<IBackorderInventoryService> _inventory;
    private Mock<ICartBackorderNoteService> _notes;
    private Mock<IProductService> _products;

    [SetUp]
    public void SetUp()
    {
        _installed = new Mock<IBackordersInstalled>();
        _installed.Setup(i => i.IsInstalledAsync()).ReturnsAsync(true);
        _inventory = new Mock<IBackorderInventoryService>();
        _notes = new Mock<ICartBackorderNoteService>();
        _products = new Mock<IProductService>();
    }

    private StorefrontWidgetModels Models() => new(_installed.Object, _inventory.Object, _notes.Object, _products.Object);

    private Product Product(BackorderMode policy, int stock, int limit, bool displayQuantity = true,
        ManageInventoryMethod method = ManageInventoryMethod.ManageStock)
    {
        var product = new Product { Id = 9, BackorderMode = policy, ManageInventoryMethod = method, StockQuantity = stock,
            DisplayStockAvailability = true, DisplayStockQuantity = displayQuantity };
        _products.Setup(p => p.GetProductByIdAsync(9)).ReturnsAsync(product);
        _products.Setup(p => p.GetTotalStockQuantityAsync(product, true, 0)).ReturnsAsync(stock);
        _inventory.Setup(i => i.GetBackorderLimitAsync(product)).ReturnsAsync(limit);
        return product;
    }

    // policy, stock, limit, display quantity -> data-allows-backorder, data-backorder-max-orderable (null: empty, no maximum), data-stock-available
    [TestCase(NoBackorders, 3, 0, true, false, 3, 3)]
    [TestCase(NoBackorders, -2, 5, true, false, 0, -2)]
    [TestCase(AllowQtyBelow0, 3, 0, true, true, null, 3)]
    [TestCase(AllowQtyBelow0, 3, 4, true, true, 7, 3)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, -1, 4, true, true, 3, -1)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, -6, 4, true, true, 0, -6)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, 3, 0, false, true, null, null)]
    [TestCase(NoBackorders, 3, 0, false, false, 3, null)]
    public async Task Product_page_signal(BackorderMode policy, int stock, int limit, bool displayQuantity,
        bool allows, int? maxOrderable, int? stockAvailable)
    {
        Product(policy, stock, limit, displayQuantity);

        var model = await Models().PrepareProductModelAsync(9);

        model.Should().Be(new ProductBackorderWidgetModel(9, StorefrontWidgetModels.ProductStock,
            new BackorderSignal(allows, maxOrderable, stockAvailable), policy == AllowQtyBelow0AndNotifyCustomer));
    }

    [Test]
    public async Task Product_managed_by_attributes_gets_no_product_level_numbers()
    {
        Product(AllowQtyBelow0AndNotifyCustomer, 0, 0, method: ManageInventoryMethod.ManageStockByAttributes);

        (await Models().PrepareProductModelAsync(9)).Should().Be(
            new ProductBackorderWidgetModel(9, StorefrontWidgetModels.CombinationStock, BackorderSignal.NotManaged, true));
    }

    [Test]
    public async Task Nothing_for_products_without_managed_stock()
    {
        Product(AllowQtyBelow0, 0, 0, method: ManageInventoryMethod.DontManageStock);

        (await Models().PrepareProductModelAsync(9)).Should().BeNull();
    }

    [Test]
    public async Task Not_installed_nothing_renders_and_nothing_is_read()
    {
        _installed.Setup(i => i.IsInstalledAsync()).ReturnsAsync(false);
        var cart = new List<ShoppingCartItem> { new() { Id = 1, ProductId = 9, Quantity = 1 } };

        (await Models().PrepareProductModelAsync(9)).Should().BeNull();
        (await Models().PrepareCartModelAsync(cart)).Should().BeNull();
        _products.Invocations.Should().BeEmpty();
        _inventory.Invocations.Should().BeEmpty();
        _notes.Invocations.Should().BeEmpty();
    }

    [Test]
    public async Task Cart_renders_when_there_is_a_note_or_a_line_signal()
    {
        var cart = new List<ShoppingCartItem> { new() { Id = 1, ProductId = 9, Quantity = 1 } };
        var empty = new CartBackorderSummary([], []);
        var lineOnly = new CartBackorderSummary([], [new CartLineSignal(1, 9, new BackorderSignal(true, null, null))]);

        _notes.Setup(n => n.SummarizeAsync(cart)).ReturnsAsync(empty);
        (await Models().PrepareCartModelAsync(cart)).Should().BeNull();

        _notes.Setup(n => n.SummarizeAsync(cart)).ReturnsAsync(lineOnly);
        (await Models().PrepareCartModelAsync(cart)).Should().Be(lineOnly);
    }
}
