using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Services.Localization;
using Nop.Services.Shipping.Date;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class BackorderInventoryServiceTests
{
    private Mock<IBackorderPolicyService> _policy;
    private Mock<INopDataProvider> _data;
    private Mock<IRepository<ProductBackorderSetting>> _settings;
    private Mock<IEventPublisher> _events;
    private Mock<IDateRangeService> _ranges;
    private List<string> _sql;
    private ProductBackorderSetting _row;
    private CatalogSettings _catalogSettings;

    [SetUp]
    public void SetUp()
    {
        _policy = new Mock<IBackorderPolicyService>();
        _data = new Mock<INopDataProvider>();
        _settings = new Mock<IRepository<ProductBackorderSetting>>();
        _events = new Mock<IEventPublisher>();
        _ranges = new Mock<IDateRangeService>();
        _sql = [];
        _row = null;
        _catalogSettings = new CatalogSettings();
        _policy.Setup(p => p.GetProductSettingAsync(It.IsAny<int>())).ReturnsAsync(() => _row);
        _data.Setup(d => d.ExecuteNonQueryAsync(It.IsAny<string>())).Callback<string, LinqToDB.Data.DataParameter[]>((s, _) => _sql.Add(s)).ReturnsAsync(1);
    }

    private BackorderInventoryService Service(int defaultLimit = 0)
    {
        var localization = new Mock<ILocalizationService>();
        var texts = new Dictionary<string, string>(BackordersLocaleResources.English)
        {
            ["Products.Availability.InStock"] = "In stock",
            ["Products.Availability.InStockWithQuantity"] = "{0} in stock",
            ["Products.Availability.OutOfStock"] = "Out of stock",
            ["Products.Availability.Backordering"] = "Out of Stock - on backorder and will be dispatched once in stock.",
            ["Products.Availability.BackorderingWithDate"] = "Out of stock - on backorder and will be dispatched once in stock ({0}).",
        };
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => texts[key]);
        localization.Setup(l => l.GetLocalizedAsync(It.IsAny<ProductAvailabilityRange>(), It.IsAny<System.Linq.Expressions.Expression<Func<ProductAvailabilityRange, string>>>(), null, true, true))
            .ReturnsAsync((ProductAvailabilityRange r, System.Linq.Expressions.Expression<Func<ProductAvailabilityRange, string>> _, int? _, bool _, bool _) => r.Name);
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetWorkingLanguageAsync()).ReturnsAsync(new Language { LanguageCulture = "en-GB" });

        return new BackorderInventoryService(new BackorderSettings { DefaultBackorderLimit = defaultLimit }, _catalogSettings, _data.Object,
            _ranges.Object, _events.Object, localization.Object, _policy.Object, _settings.Object,
            new BackorderStatements(TestSql.Dialect), workContext.Object);
    }

    private static Product Product(BackorderMode mode, LowStockActivity activity = LowStockActivity.Nothing, bool displayQuantity = true) => new()
    {
        Id = 5, BackorderMode = mode, ManageInventoryMethod = ManageInventoryMethod.ManageStock, DisplayStockAvailability = true,
        DisplayStockQuantity = displayQuantity, LowStockActivity = activity, Published = true
    };

    [Test]
    public async Task Message_tells_the_split_when_more_is_asked_than_stock()
    {
        (await Service().GetStockMessageAsync(Product(BackorderMode.AllowQtyBelow0AndNotifyCustomer), 3, BackorderMode.AllowQtyBelow0AndNotifyCustomer, 5))
            .Should().Be("3 in stock, 2 will be backordered.");
    }

    [Test]
    public async Task Split_reveals_no_numbers_when_the_product_hides_its_stock_quantity()
    {
        (await Service().GetStockMessageAsync(Product(BackorderMode.AllowQtyBelow0AndNotifyCustomer, displayQuantity: false), 3, BackorderMode.AllowQtyBelow0AndNotifyCustomer, 5))
            .Should().Be("Part of this quantity will be backordered.");
    }

    [Test]
    public async Task Message_uses_the_product_s_expected_restock_date()
    {
        var restock = DateTime.UtcNow.Date.AddDays(12);
        _row = new ProductBackorderSetting { ProductId = 5, ExpectedRestockDateUtc = restock };

        (await Service().GetStockMessageAsync(Product(BackorderMode.AllowQtyBelow0AndNotifyCustomer), 0, BackorderMode.AllowQtyBelow0AndNotifyCustomer))
            .Should().Be($"Out of stock - on backorder, expected {restock.ToString("d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}.");
    }

    [TestCase("1900-01-01")]
    [TestCase("yesterday")]
    public async Task A_restock_date_that_has_passed_is_not_shown(string date)
    {
        var restock = date == "yesterday" ? DateTime.UtcNow.Date.AddDays(-1) : DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        _row = new ProductBackorderSetting { ProductId = 5, ExpectedRestockDateUtc = restock };

        (await Service().GetStockMessageAsync(Product(BackorderMode.AllowQtyBelow0AndNotifyCustomer), 0, BackorderMode.AllowQtyBelow0AndNotifyCustomer))
            .Should().Be("Out of Stock - on backorder and will be dispatched once in stock.");
    }

    [Test]
    public async Task Message_uses_the_availability_range_when_there_is_no_date()
    {
        var product = Product(BackorderMode.AllowQtyBelow0AndNotifyCustomer);
        product.ProductAvailabilityRangeId = 3;
        _ranges.Setup(r => r.GetProductAvailabilityRangeByIdAsync(3)).ReturnsAsync(new ProductAvailabilityRange { Id = 3, Name = "2-3 weeks" });

        (await Service().GetStockMessageAsync(product, -1, BackorderMode.AllowQtyBelow0AndNotifyCustomer))
            .Should().Be("Out of stock - on backorder and will be dispatched once in stock (2-3 weeks).");
    }

    [TestCase(null, 4, -4, "Out of stock")]
    [TestCase(null, 4, -3, "Out of Stock - on backorder and will be dispatched once in stock.")]
    [TestCase(2, 10, -2, "Out of stock")]
    [TestCase(0, 4, -100, "Out of Stock - on backorder and will be dispatched once in stock.")]
    public async Task Limit_reached_reads_out_of_stock(int? ownLimit, int defaultLimit, int available, string expected)
    {
        _row = new ProductBackorderSetting { ProductId = 5, BackorderLimit = ownLimit };

        (await Service(defaultLimit).GetStockMessageAsync(Product(BackorderMode.AllowQtyBelow0AndNotifyCustomer), available, BackorderMode.AllowQtyBelow0AndNotifyCustomer))
            .Should().Be(expected);
    }

    [Test]
    public async Task Maximum_orderable_follows_the_effective_limit()
    {
        _row = new ProductBackorderSetting { ProductId = 5, BackorderLimit = 3 };
        (await Service(10).GetMaximumOrderableAsync(Product(BackorderMode.AllowQtyBelow0), -1, BackorderMode.AllowQtyBelow0)).Should().Be(2);

        _row = null;
        (await Service(0).GetMaximumOrderableAsync(Product(BackorderMode.AllowQtyBelow0), -1, BackorderMode.AllowQtyBelow0)).Should().BeNull();
    }

    [Test]
    public async Task Low_stock_without_backorders_disables_buying_and_remembers_it_was_the_activity()
    {
        var product = Product(BackorderMode.NoBackorders, LowStockActivity.DisableBuyButton);
        ProductBackorderSetting inserted = null;
        _settings.Setup(s => s.InsertAsync(It.IsAny<ProductBackorderSetting>(), true)).Callback<ProductBackorderSetting, bool>((s, _) => inserted = s);

        await Service().ApplyLowStockActivityAsync(product, 0);

        product.DisableBuyButton.Should().BeTrue();
        product.DisableWishlistButton.Should().BeTrue();
        _sql.Should().ContainSingle().Which.Should().Contain("\"DisableBuyButton\" = 1");
        inserted.LowStockFlagsSetByActivity.Should().Be((int)LowStockFlags.BuyButtonDisabled);
        inserted.UsesDefaultPolicy.Should().BeTrue();
        _events.Verify(e => e.PublishAsync(It.Is<EntityUpdatedEvent<Product>>(ev => ev.Entity == product)), Times.Once);
    }

    [Test]
    public async Task Low_stock_with_backorders_lifts_only_what_the_activity_set()
    {
        var product = Product(BackorderMode.AllowQtyBelow0, LowStockActivity.Unpublish);
        product.Published = false;
        product.DisableBuyButton = true; // set by an admin: not recorded
        _row = new ProductBackorderSetting { Id = 9, ProductId = 5, LowStockFlagsSetByActivity = (int)LowStockFlags.Unpublished };

        await Service().ApplyLowStockActivityAsync(product, -3);

        product.Published.Should().BeTrue();
        product.DisableBuyButton.Should().BeTrue();
        _row.LowStockFlagsSetByActivity.Should().Be(0);
        _settings.Verify(s => s.UpdateAsync(_row, true), Times.Once);
    }

    [Test]
    public async Task A_flag_an_admin_set_is_not_recorded_as_the_activity_s()
    {
        var product = Product(BackorderMode.NoBackorders, LowStockActivity.DisableBuyButton);
        product.DisableBuyButton = true;

        await Service().ApplyLowStockActivityAsync(product, 0);

        _sql.Should().BeEmpty("nothing changes on the product");
        _settings.VerifyNoOtherCalls();
    }
}

public class BackorderInventoryServicePreloadTests
{
    [Test]
    public async Task A_preloaded_page_reads_its_records_in_one_query()
    {
        var policy = new Mock<IBackorderPolicyService>();
        policy.Setup(p => p.GetProductSettingsAsync(It.IsAny<IReadOnlyCollection<int>>()))
            .ReturnsAsync(new Dictionary<int, ProductBackorderSetting> { [2] = new() { ProductId = 2, BackorderLimit = 1 } });
        var workContext = new Mock<IWorkContext>();
        var service = new BackorderInventoryService(new BackorderSettings(), new CatalogSettings(), Mock.Of<INopDataProvider>(), Mock.Of<IDateRangeService>(),
            Mock.Of<IEventPublisher>(), Mock.Of<ILocalizationService>(), policy.Object, Mock.Of<IRepository<ProductBackorderSetting>>(),
            new BackorderStatements(TestSql.Dialect), workContext.Object);

        await service.PreloadSettingsAsync([1, 2, 3, 2]);
        var limited = await service.GetMaximumOrderableAsync(new Product { Id = 2 }, 0, BackorderMode.AllowQtyBelow0);
        var unlimited = await service.GetMaximumOrderableAsync(new Product { Id = 1 }, 0, BackorderMode.AllowQtyBelow0);
        await service.PreloadSettingsAsync([1, 2]);

        limited.Should().Be(1);
        unlimited.Should().BeNull();
        policy.Verify(p => p.GetProductSettingsAsync(It.Is<IReadOnlyCollection<int>>(ids => ids.OrderBy(i => i).SequenceEqual(new[] { 1, 2, 3 }))), Times.Once);
        policy.Verify(p => p.GetProductSettingAsync(It.IsAny<int>()), Times.Never, "products without a record were remembered as such");
    }
}
