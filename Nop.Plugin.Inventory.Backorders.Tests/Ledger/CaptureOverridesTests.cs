using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;
using Nop.Services.Catalog;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Tests.Ledger;

/// <summary>
/// The capture in <see cref="ProductServiceOverrides.AdjustStockAtomicallyAsync"/>, for each inventory method: the stock
/// change is one call of the atomic service (strict mock), the backordered part comes from the value it returned.
/// </summary>
public class CaptureOverridesTests
{
    private const string PlaceOrder = "The stock quantity has been reduced by placing the order #{0}";
    private const string Placing = "The stock quantity has been reduced by placing the order #31";

    private Mock<IAtomicStockService> _atomic;
    private Mock<IEventPublisher> _events;
    private Mock<IBackorderInventoryService> _inventory;
    private Mock<IProductAttributeParser> _parser;
    private BackorderCaptures _captures;
    private ProductServiceOverrides _overrides;

    [SetUp]
    public void SetUp()
    {
        _atomic = new Mock<IAtomicStockService>(MockBehavior.Strict);
        _events = new Mock<IEventPublisher>(MockBehavior.Strict);
        _inventory = new Mock<IBackorderInventoryService>(MockBehavior.Strict);
        _parser = new Mock<IProductAttributeParser>(MockBehavior.Strict);
        _captures = new BackorderCaptures();
        var installed = new Mock<IBackordersInstalled>();
        installed.Setup(i => i.IsInstalledAsync()).ReturnsAsync(true);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(ProductServiceOverrides.PlaceOrderMessageKey)).ReturnsAsync(PlaceOrder);
        localization.Setup(l => l.GetResourceAsync(ProductServiceOverrides.LimitRefusedKey)).ReturnsAsync("limit reached for {0}");
        _overrides = new ProductServiceOverrides(_atomic.Object, _events.Object, new Mock<IHttpContextAccessor>().Object, installed.Object,
            _inventory.Object, _parser.Object, _captures, localization.Object);
    }

    private static Product Product(BackorderMode mode = BackorderMode.AllowQtyBelow0, ManageInventoryMethod method = ManageInventoryMethod.ManageStock) =>
        new() { Id = 5, Name = "Kettle", ManageInventoryMethod = method, BackorderMode = mode, StockQuantity = 99 };

    [Test]
    public async Task Product_stock_the_part_the_stock_before_could_not_cover_is_captured()
    {
        _inventory.Setup(i => i.GetBackorderLimitAsync(It.IsAny<Product>())).ReturnsAsync(0);
        _atomic.Setup(a => a.AddToProductStockAsync(5, -5)).ReturnsAsync(-3);
        var product = Product();

        (await _overrides.AdjustStockAtomicallyAsync(product, -5, "", Placing)).Should().Be(new AtomicStockChange(AtomicStockKind.Product, 5, -3));

        product.StockQuantity.Should().Be(2, "nopCommerce adds the change to the stock before it");
        _captures.TakeAll().Should().Equal(new LineCapture(5, "", 5, 3, 2));
    }

    [Test]
    public async Task Do_not_tell_customers_products_are_captured_too()
    {
        _atomic.Setup(a => a.AddToProductStockAsync(5, -1)).ReturnsAsync(-1);
        _inventory.Setup(i => i.GetBackorderLimitAsync(It.IsAny<Product>())).ReturnsAsync(0);

        await _overrides.AdjustStockAtomicallyAsync(Product(BackorderMode.AllowQtyBelow0), -1, "", Placing);

        _captures.TakeAll().Single().QuantityBackordered.Should().Be(1);
    }

    [Test]
    public async Task With_a_limit_the_stock_change_is_conditional_and_a_refusal_changes_nothing_and_captures_nothing()
    {
        _inventory.Setup(i => i.GetBackorderLimitAsync(It.IsAny<Product>())).ReturnsAsync(20);
        _atomic.Setup(a => a.AddToProductStockAsync(5, -2, -20)).ReturnsAsync((int?)null);

        var place = () => _overrides.AdjustStockAtomicallyAsync(Product(), -2, "", Placing);

        (await place.Should().ThrowAsync<BackorderLimitExceededException>()).WithMessage("limit reached for Kettle").Which.ProductId.Should().Be(5);
        _captures.TakeAll().Should().BeEmpty();
    }

    [Test]
    public async Task The_limit_is_checked_at_placement_only_an_admin_edit_is_not_refused()
    {
        _atomic.Setup(a => a.AddToProductStockAsync(5, -2)).ReturnsAsync(-30);

        await _overrides.AdjustStockAtomicallyAsync(Product(), -2, "", "The stock quantity has been changed by editing the order #31");

        _inventory.Invocations.Should().BeEmpty();
        _captures.TakeAll().Should().Equal(new LineCapture(5, "", 2, 2, -28, IsPlacement: false));
    }

    [Test]
    public async Task Without_backorders_nothing_is_checked_at_placement_nopCommerce_s_cart_is_the_gate()
    {
        _atomic.Setup(a => a.AddToProductStockAsync(5, -2)).ReturnsAsync(1);

        await _overrides.AdjustStockAtomicallyAsync(Product(BackorderMode.NoBackorders), -2, "", Placing);

        _inventory.Invocations.Should().BeEmpty();
        _captures.TakeAll().Single().QuantityBackordered.Should().Be(0);
    }

    [Test]
    public async Task Stock_coming_back_is_atomic_and_captures_nothing()
    {
        _atomic.Setup(a => a.AddToProductStockAsync(5, 3)).ReturnsAsync(1);

        (await _overrides.AdjustStockAtomicallyAsync(Product(), 3, "", "The stock quantity has been increased by canceling the order #31")).Changed.Should().BeTrue();

        _captures.TakeAll().Should().BeEmpty();
    }

    [Test]
    public async Task A_combination_s_stock_is_changed_atomically_captured_and_its_entity_write_left_out_once()
    {
        var product = Product(BackorderMode.NoBackorders, ManageInventoryMethod.ManageStockByAttributes);
        var combination = new ProductAttributeCombination { Id = 11, ProductId = 5, StockQuantity = 50, AllowOutOfStockOrders = true };
        _parser.Setup(p => p.FindProductAttributeCombinationAsync(product, "<x/>", true)).ReturnsAsync(combination);
        _inventory.Setup(i => i.GetBackorderLimitAsync(product)).ReturnsAsync(0);
        _atomic.Setup(a => a.AddToCombinationStockAsync(11, -3)).ReturnsAsync(-2);
        _events.Setup(e => e.PublishAsync(It.Is<EntityUpdatedEvent<ProductAttributeCombination>>(ev => ev.Entity == combination))).Returns(Task.CompletedTask);

        var change = await _overrides.AdjustStockAtomicallyAsync(product, -3, "<x/>", Placing);

        change.Should().Be(new AtomicStockChange(AtomicStockKind.Combination, 11, -2));
        combination.StockQuantity.Should().Be(1);
        _captures.TakeAll().Should().Equal(new LineCapture(5, "<x/>", 3, 2, 1, CombinationId: 11));

        var write = new AtomicCombinationWrite(_events.Object, InstalledStubYes());
        using (AtomicStockWriteGuard.Begin(change))
        {
            combination.StockQuantity += -3;    // what nopCommerce does next, on a possibly stale instance
            (await write.SkipAsync(combination)).Should().BeTrue();
            combination.StockQuantity.Should().Be(-2, "the history row nopCommerce writes next reads the value the statement produced");
            (await write.SkipAsync(combination)).Should().BeFalse("only that one write is left out");
        }
    }

    [Test]
    public async Task A_combination_beyond_its_limit_is_refused()
    {
        var product = Product(BackorderMode.NoBackorders, ManageInventoryMethod.ManageStockByAttributes);
        var combination = new ProductAttributeCombination { Id = 11, ProductId = 5, AllowOutOfStockOrders = true };
        _parser.Setup(p => p.FindProductAttributeCombinationAsync(product, "<x/>", true)).ReturnsAsync(combination);
        _inventory.Setup(i => i.GetBackorderLimitAsync(product)).ReturnsAsync(4);
        _atomic.Setup(a => a.AddToCombinationStockAsync(11, -3, -4)).ReturnsAsync((int?)null);

        await FluentActions.Awaiting(() => _overrides.AdjustStockAtomicallyAsync(product, -3, "<x/>", Placing)).Should().ThrowAsync<BackorderLimitExceededException>();
    }

    [Test]
    public async Task Without_a_matching_combination_nopCommerce_does_nothing_and_neither_does_the_plugin()
    {
        var product = Product(method: ManageInventoryMethod.ManageStockByAttributes);
        _parser.Setup(p => p.FindProductAttributeCombinationAsync(product, "<x/>", true)).ReturnsAsync((ProductAttributeCombination)null);

        (await _overrides.AdjustStockAtomicallyAsync(product, -3, "<x/>", Placing)).Should().Be(AtomicStockChange.None);
    }

    [Test]
    public async Task Warehouses_the_reservation_is_one_statement_its_split_is_captured_and_nopCommerce_s_reservation_left_out()
    {
        var product = Product();
        product.UseMultipleWarehouses = true;
        _inventory.Setup(i => i.GetBackorderLimitAsync(product)).ReturnsAsync(0);
        _atomic.Setup(a => a.ReserveInWarehousesAsync(5, 7, null)).ReturnsAsync(new WarehouseReservation(false,
        [
            new WarehouseReservationRow { Id = 1, WarehouseId = 10, StockQuantity = 3, ReservedQuantity = 5, Taken = 3, Backordered = 2, FreeTotal = 5, Total = 5 },
            new WarehouseReservationRow { Id = 2, WarehouseId = 20, StockQuantity = 2, ReservedQuantity = 2, Taken = 2, Backordered = 0, FreeTotal = 5, Total = 5 }
        ]));
        _events.Setup(e => e.PublishAsync(It.IsAny<EntityUpdatedEvent<ProductWarehouseInventory>>())).Returns(Task.CompletedTask);

        var change = await _overrides.AdjustStockAtomicallyAsync(product, -7, "", Placing);

        change.Should().Be(new AtomicStockChange(AtomicStockKind.Warehouses, 5, 0));
        _captures.TakeAll().Should().Equal(new LineCapture(5, "", 7, 2, 5, WarehouseId: 10));
        _events.Verify(e => e.PublishAsync(It.IsAny<EntityUpdatedEvent<ProductWarehouseInventory>>()), Times.Exactly(2));
        using (AtomicStockWriteGuard.Begin(change))
        {
            (await _overrides.SkipWarehouseReservationAsync(product)).Should().BeTrue();
            (await _overrides.SkipWarehouseReservationAsync(product)).Should().BeFalse();
        }
    }

    [Test]
    public async Task Warehouses_stock_coming_back_is_released_in_one_statement_and_nopCommerce_s_unblocking_left_out()
    {
        var product = Product();
        product.UseMultipleWarehouses = true;
        _atomic.Setup(a => a.ReleaseInWarehousesAsync(5, 2)).ReturnsAsync(
            [new WarehouseReservationRow { Id = 1, WarehouseId = 10, StockQuantity = 3, ReservedQuantity = 1, Taken = 2 }]);
        _events.Setup(e => e.PublishAsync(It.IsAny<EntityUpdatedEvent<ProductWarehouseInventory>>())).Returns(Task.CompletedTask);

        var change = await _overrides.AdjustStockAtomicallyAsync(product, 2, "", "The stock quantity has been increased by canceling the order #31");

        change.Should().Be(new AtomicStockChange(AtomicStockKind.Warehouses, 5, 0));
        _captures.TakeAll().Should().BeEmpty();
        using (AtomicStockWriteGuard.Begin(change))
            (await _overrides.SkipWarehouseReservationAsync(product)).Should().BeTrue();
    }

    [Test]
    public async Task Stock_not_managed_is_left_to_nopCommerce()
    {
        (await _overrides.AdjustStockAtomicallyAsync(Product(method: ManageInventoryMethod.DontManageStock), -2, "", Placing)).Should().Be(AtomicStockChange.None);
        _captures.TakeAll().Should().BeEmpty();
    }

    private static IBackordersInstalled InstalledStubYes() => Tests.Policy.InstalledStub.Yes;
}
