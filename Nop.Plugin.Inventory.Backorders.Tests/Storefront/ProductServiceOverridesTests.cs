using Nop.Plugin.Inventory.Backorders.Services;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Services.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

/// <summary>
/// BackorderProductService runs nopCommerce's code whenever these answer null / false (see its overrides: "?? base", "if (!…) base"). Once uninstalled in the running process they must answer so without touching anything of the plugin.
/// </summary>
public class ProductServiceOverridesTests
{
    private Mock<IAtomicStockService> _atomic;
    private Mock<IEventPublisher> _events;
    private Mock<IHttpContextAccessor> _http;
    private Mock<IBackordersInstalled> _installed;
    private Mock<IBackorderInventoryService> _inventory;
    private Mock<IProductAttributeParser> _parser;
    private Mock<ILocalizationService> _localization;
    private BackorderCaptures _captures;

    [SetUp]
    public void SetUp()
    {
        _atomic = new Mock<IAtomicStockService>(MockBehavior.Strict);
        _events = new Mock<IEventPublisher>(MockBehavior.Strict);
        _http = new Mock<IHttpContextAccessor>(MockBehavior.Strict);
        _inventory = new Mock<IBackorderInventoryService>(MockBehavior.Strict);
        _parser = new Mock<IProductAttributeParser>(MockBehavior.Strict);
        _installed = new Mock<IBackordersInstalled>();
        _localization = new Mock<ILocalizationService>(MockBehavior.Strict);
        _captures = new BackorderCaptures();
    }

    private ProductServiceOverrides Overrides(bool installed)
    {
        _installed.Setup(i => i.IsInstalledAsync()).ReturnsAsync(installed);
        return new ProductServiceOverrides(_atomic.Object, _events.Object, _http.Object, _installed.Object, _inventory.Object, _parser.Object, _captures, _localization.Object);
    }

    private static Product Product(ManageInventoryMethod method = ManageInventoryMethod.ManageStock) => new()
    {
        Id = 5, ManageInventoryMethod = method, BackorderMode = BackorderMode.AllowQtyBelow0AndNotifyCustomer, StockQuantity = 4,
        DisplayStockAvailability = true
    };

    [Test]
    public async Task Not_installed_every_override_answers_nopCommerce_s_own_behaviour_and_touches_nothing_of_the_plugin()
    {
        var overrides = Overrides(installed: false);
        var totalStockRead = false;
        var product = Product();

        (await overrides.GetStockMessageAsync(product, _ => { totalStockRead = true; return Task.FromResult(3); })).Should().BeNull();
        (await overrides.GetStockMessageForAttributesAsync(Product(ManageInventoryMethod.ManageStockByAttributes), "<Attributes/>")).Should().BeNull();
        (await overrides.ApplyLowStockActivityAsync(product, 0)).Should().BeFalse();
        (await overrides.AdjustStockAtomicallyAsync(product, -2, "", "placing the order #7")).Should().Be(AtomicStockChange.None);
        (await overrides.SkipWarehouseReservationAsync(product)).Should().BeFalse();
        (await new AtomicCombinationWrite(_events.Object, _installed.Object).SkipAsync(new ProductAttributeCombination { Id = 3 })).Should().BeFalse();

        using (AtomicStockWriteGuard.Begin(product.Id))
            (await overrides.SkipEntityWriteAsync(product)).Should().BeFalse("nopCommerce writes the product itself");

        product.StockQuantity.Should().Be(4);
        totalStockRead.Should().BeFalse();
        // Strict mocks: any call to the plugin's services, its repositories (behind them) or the database would have thrown.
        _atomic.Invocations.Should().BeEmpty();
        _inventory.Invocations.Should().BeEmpty();
        _parser.Invocations.Should().BeEmpty();
        _events.Invocations.Should().BeEmpty();
        _localization.Invocations.Should().BeEmpty();
        _captures.TakeAll().Should().BeEmpty();
        _http.Invocations.Should().BeEmpty();
    }

    [Test]
    public async Task Installed_the_stock_message_is_the_plugin_s()
    {
        _http.Setup(h => h.HttpContext).Returns((HttpContext)null);
        _inventory.Setup(i => i.GetStockMessageAsync(It.IsAny<Product>(), 3, BackorderMode.AllowQtyBelow0AndNotifyCustomer, 0)).ReturnsAsync("plugin's");

        (await Overrides(installed: true).GetStockMessageAsync(Product(), _ => Task.FromResult(3))).Should().Be("plugin's");
    }

    [Test]
    public async Task Installed_stock_not_managed_is_left_to_nopCommerce()
    {
        (await Overrides(installed: true).GetStockMessageAsync(Product(ManageInventoryMethod.DontManageStock), _ => Task.FromResult(0))).Should().BeNull();
    }

    [Test]
    public async Task Installed_a_single_warehouse_change_is_made_in_one_statement_and_the_entity_write_is_left_out_once()
    {
        var product = Product();
        _atomic.Setup(a => a.AddToProductStockAsync(5, -2)).ReturnsAsync(1);
        _events.Setup(e => e.PublishAsync(It.Is<EntityUpdatedEvent<Product>>(ev => ev.Entity == product))).Returns(Task.CompletedTask);
        var overrides = Overrides(installed: true);

        _localization.Setup(l => l.GetResourceAsync(ProductServiceOverrides.PlaceOrderMessageKey)).ReturnsAsync("placing the order #{0}");
        (await overrides.AdjustStockAtomicallyAsync(product, -2, "", "edited")).Should().Be(new AtomicStockChange(AtomicStockKind.Product, 5, 1));
        using (AtomicStockWriteGuard.Begin(product.Id))    // as BackorderProductService.AdjustInventoryAsync opens it
        {
            product.StockQuantity.Should().Be(3, "nopCommerce adds the change to the value before it");
            (await overrides.SkipEntityWriteAsync(product)).Should().BeTrue();
            (await overrides.SkipEntityWriteAsync(product)).Should().BeFalse();
        }

        _events.VerifyAll();
    }

    [Test]
    public async Task Installed_the_low_stock_activity_is_the_plugin_s()
    {
        var product = Product();
        _inventory.Setup(i => i.ApplyLowStockActivityAsync(product, 0)).Returns(Task.CompletedTask);

        (await Overrides(installed: true).ApplyLowStockActivityAsync(product, 0)).Should().BeTrue();
        _inventory.VerifyAll();
    }

    [Test]
    public void Every_override_of_nopCommerce_s_services_is_one_with_a_not_installed_fallback()
    {
        // A new override must ask IBackordersInstalled too (and get a case in the not-installed tests) before it is listed here.
        static IEnumerable<string> Overridden(Type type) => type
            .GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(m => m.GetBaseDefinition().DeclaringType != type)
            .Select(m => m.Name);

        Overridden(typeof(BackorderProductService)).Should().BeEquivalentTo(
            "GetStockMessageAsync", "GetStockMessageForAttributesAsync", "ApplyLowStockActivityAsync", "AdjustInventoryAsync", "UpdateProductAsync",
            "ReserveInventoryAsync", "UnblockReservedInventoryAsync");
        Overridden(typeof(BackorderProductAttributeService)).Should().BeEquivalentTo(
            ["UpdateProductAttributeCombinationAsync"], "its decision is AtomicCombinationWrite.SkipAsync, covered by the not-installed test");
        Overridden(typeof(BackorderShoppingCartService)).Should().BeEquivalentTo(
            ["GetStandardWarningsAsync"], "its check is CartBackorderLimit, covered by CartBackorderLimitTests.Not_installed_nothing_is_checked");
    }
}
