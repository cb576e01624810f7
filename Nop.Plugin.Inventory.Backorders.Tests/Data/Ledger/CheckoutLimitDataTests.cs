using System.Linq.Expressions;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LedgerData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>
/// The backorder limit checked right before payment (<see cref="CheckoutBackorderLimit"/>), on SQLite, PostgreSQL and MariaDB:
/// on the stock in the database, where the cart's check (the only one before payment until now) judged the cached product,
/// which another instance's sales leave stale.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class CheckoutLimitDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const int Limit = 20;

    private (CheckoutBackorderLimit Check, Mock<IProductService> Products) NewCheck(params Product[] cached)
    {
        var products = new Mock<IProductService>();
        foreach (var product in cached)
            products.Setup(p => p.GetProductByIdAsync(product.Id)).ReturnsAsync(product);
        var inventory = new Mock<IBackorderInventoryService>();
        inventory.Setup(i => i.GetBackorderLimitAsync(It.IsAny<Product>())).ReturnsAsync(Limit);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(ProductServiceOverrides.LimitRefusedKey)).ReturnsAsync("\"{0}\": backorder limit reached");
        localization.Setup(l => l.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<Expression<Func<Product, string>>>(), null, true, true))
            .ReturnsAsync((Product p, Expression<Func<Product, string>> _, int? _, bool _, bool _) => p.Name);
        var parser = new Mock<IProductAttributeParser>();
        parser.Setup(p => p.FindProductAttributeCombinationAsync(It.IsAny<Product>(), It.IsAny<string>(), true))
            .ReturnsAsync((Product product, string xml, bool _) =>
                Database.GetRepository<ProductAttributeCombination>().Table.FirstOrDefault(c => c.ProductId == product.Id && c.AttributesXml == xml));
        return (new CheckoutBackorderLimit(Database.GetNopDataProvider(), InstalledStub.Yes, inventory.Object, localization.Object, parser.Object,
            products.Object, LifeHarness.StatementsFor(Provider)), products);
    }

    private static ShoppingCartItem Line(Product product, int quantity, string xml = "") =>
        new() { ProductId = product.Id, Quantity = quantity, AttributesXml = xml, ShoppingCartType = ShoppingCartType.ShoppingCart };

    [Test]
    public async Task A_cart_that_another_instance_s_sales_pushed_past_the_limit_is_refused_before_payment_naming_the_product()
    {
        var product = await InsertProductAsync(Database, stock: 10);
        var cached = await Database.GetRepository<Product>().GetByIdAsync(product.Id);
        // Another instance sells 25 units meanwhile: stock 10 → −15; this instance's cached product still says 10.
        (await new LedgerInstance(Database, backorderLimit: Limit).PlaceLineAsync(product, 25, orderId: 1, orderItemId: 11)).Should().BeTrue();
        cached.StockQuantity.Should().Be(10);

        var refusal = await NewCheck(cached).Check.CheckAsync([Line(cached, 6)]);

        refusal.Should().NotBeNull("−15 − 6 = −21 passes the limit of 20");
        refusal!.ProductId.Should().Be(product.Id);
        refusal.Message.Should().Be($"\"{product.Name}\": backorder limit reached");
        Available(Database, product).Should().Be(-15, "the check changes nothing");
    }

    [Test]
    public async Task The_cart_check_nopCommerce_runs_while_preparing_the_order_judges_the_cached_product_and_lets_that_cart_pass()
    {
        // What stood before payment until now: the cart's warning, on the product nopCommerce's cache hands out.
        var product = await InsertProductAsync(Database, stock: 10);
        var cached = await Database.GetRepository<Product>().GetByIdAsync(product.Id);
        await new LedgerInstance(Database, backorderLimit: Limit).PlaceLineAsync(product, 25, orderId: 1, orderItemId: 11);
        var products = new Mock<IProductService>();
        products.Setup(p => p.GetTotalStockQuantityAsync(cached, true, 0)).ReturnsAsync(cached.StockQuantity);
        var inventory = new Mock<IBackorderInventoryService>();
        inventory.Setup(i => i.GetBackorderLimitAsync(It.IsAny<Product>())).ReturnsAsync(Limit);
        var cart = new CartBackorderLimit(InstalledStub.Yes, inventory.Object, new Mock<ILocalizationService>().Object,
            new Mock<IProductAttributeParser>().Object, products.Object);

        (await cart.GetWarningAsync(cached, "", 6, 0, () => Task.FromResult<IList<ShoppingCartItem>>([]))).Should().BeNull();
        (await NewCheck(cached).Check.CheckAsync([Line(cached, 6)])).Should().NotBeNull();
    }

    [Test]
    public async Task A_cart_within_the_limit_on_today_s_stock_may_be_paid_for()
    {
        var product = await InsertProductAsync(Database, stock: 10);
        await new LedgerInstance(Database, backorderLimit: Limit).PlaceLineAsync(product, 25, orderId: 1, orderItemId: 11);

        (await NewCheck(product).Check.CheckAsync([Line(product, 5)])).Should().BeNull("−15 − 5 = −20 is exactly the limit");
    }

    [Test]
    public async Task Lines_of_one_product_count_together()
    {
        var product = await InsertProductAsync(Database, stock: 0);

        var (check, _) = NewCheck(product);

        (await check.CheckAsync([Line(product, 12), Line(product, 8)])).Should().BeNull();
        (await check.CheckAsync([Line(product, 12), Line(product, 9)])).Should().NotBeNull();
    }

    [Test]
    public async Task A_combination_is_judged_on_its_own_stock_and_other_combinations_do_not_count()
    {
        var product = await InsertProductAsync(Database, stock: 1000, BackorderMode.NoBackorders, ManageInventoryMethod.ManageStockByAttributes);
        await InsertCombinationAsync(Database, product.Id, "<red/>", stock: -18);
        await InsertCombinationAsync(Database, product.Id, "<blue/>", stock: 0);
        var (check, _) = NewCheck(product);

        (await check.CheckAsync([Line(product, 2, "<red/>"), Line(product, 20, "<blue/>")])).Should().BeNull();
        (await check.CheckAsync([Line(product, 3, "<red/>")])).Should().NotBeNull();
    }

    [Test]
    public async Task Two_warehouses_are_judged_on_stock_minus_reserved_over_both()
    {
        var product = await InsertProductAsync(Database, stock: 500, multipleWarehouses: true);
        await InsertWarehousesAsync(Database, product.Id, (5, 20), (2, 0));
        var (check, _) = NewCheck(product);

        // Σ stock − Σ reserved = −13: 7 more reach −20.
        (await check.CheckAsync([Line(product, 7)])).Should().BeNull();
        (await check.CheckAsync([Line(product, 8)])).Should().NotBeNull();
    }

    [Test]
    public async Task Nothing_is_checked_when_the_plugin_is_not_installed_or_the_product_takes_no_backorders()
    {
        var product = await InsertProductAsync(Database, stock: -100);
        var noBackorders = await InsertProductAsync(Database, stock: -100, BackorderMode.NoBackorders);
        var (check, _) = NewCheck(product, noBackorders);

        (await check.CheckAsync([Line(noBackorders, 5)])).Should().BeNull("nopCommerce's own stock check applies");

        var inventory = new Mock<IBackorderInventoryService>();
        var notInstalled = new CheckoutBackorderLimit(Database.GetNopDataProvider(), InstalledStub.No, inventory.Object,
            new Mock<ILocalizationService>().Object, new Mock<IProductAttributeParser>().Object, new Mock<IProductService>().Object,
            LifeHarness.StatementsFor(Provider));
        (await notInstalled.CheckAsync([Line(product, 5)])).Should().BeNull();
    }
}
