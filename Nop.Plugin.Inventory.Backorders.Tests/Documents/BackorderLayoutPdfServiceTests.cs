using System.Globalization;
using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Tax;
using Nop.Core.Domain.Vendors;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Directory;
using Nop.Services.Helpers;
using Nop.Services.Html;
using Nop.Services.Localization;
using Nop.Services.Media;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Stores;
using Nop.Services.Vendors;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

/// <summary>
/// <see cref="BackorderLayoutPdfService"/> over nopCommerce's data (in-memory repositories, faked services): the ledger's
/// quantities per line, nopCommerce's settings (page size, notes, vendor), the plugin's settings (columns, rename).
/// </summary>
public class BackorderLayoutPdfServiceTests
{
    private static readonly Dictionary<string, string> NopResources = new()
    {
        ["Pdf.Order"] = "Order #{0}", ["Pdf.OrderDate"] = "Date", ["Pdf.BillingInformation"] = "Billing Information",
        ["Pdf.ShippingInformation"] = "Shipping Information", ["Pdf.Shipment"] = "Shipment #{0}", ["Pdf.OrderNotes"] = "Order notes",
        ["Pdf.Product.Name"] = "Name", ["Pdf.Product.Sku"] = "SKU", ["Pdf.Product.VendorName"] = "Vendor name",
        ["Pdf.Product.Price"] = "Price", ["Pdf.Product.Quantity"] = "Qty", ["Pdf.Product.Total"] = "Total",
        ["Pdf.SubTotal"] = "Sub-total", ["Pdf.Shipping"] = "Shipping", ["Pdf.Tax"] = "Tax", ["Pdf.Discount"] = "Discount",
        ["Pdf.OrderTotal"] = "Order total", ["Pdf.PaymentMethodAdditionalFee"] = "Payment Method Additional Fee",
        ["Pdf.TaxRate"] = "Tax {0}%", ["Pdf.GiftCardInfo"] = "Gift card ({0})", ["Pdf.RewardPoints"] = "{0} reward points",
        ["Pdf.Address.PaymentMethod"] = "Payment method"
    };

    private BackorderSettings _settings;
    private PdfSettings _pdfSettings;
    private TaxSettings _taxSettings;
    private List<GiftCardUsageHistory> _giftCardUsage;
    private List<RewardPointsHistory> _rewardPoints;
    private Vendor _currentVendor;
    private Order _order;
    private List<OrderItemBackorder> _ledger;
    private string _appDataPdf;

    [SetUp]
    public void SetUp()
    {
        _settings = new BackorderSettings { InvoiceColumns = "Name,Sku,Price,Quantity,QuantityBackordered,QuantityOpen,Total" };
        _pdfSettings = new PdfSettings { RenderOrderNotes = true, InvoiceFooterTextColumn1 = "Example store\nBristol" };
        _taxSettings = new TaxSettings();
        _giftCardUsage = [];
        _rewardPoints = [];
        _currentVendor = null;
        _appDataPdf = "/nonexistent/App_Data/Pdf/";
        _order = new Order
        {
            Id = 5, CustomOrderNumber = "5", StoreId = 1, CustomerLanguageId = 1, BillingAddressId = 1, ShippingAddressId = 2,
            ShippingStatus = ShippingStatus.NotYetShipped, CurrencyRate = 2m, CustomerCurrencyCode = "EUR",
            CustomerTaxDisplayType = TaxDisplayType.ExcludingTax, OrderSubtotalExclTax = 35m, OrderShippingExclTax = 5m,
            OrderTotal = 40m, CreatedOnUtc = new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc), ShippingMethod = "Ground"
        };
        _ledger =
        [
            new OrderItemBackorder { OrderId = 5, OrderItemId = 51, ProductId = 1, QuantityOrdered = 4, QuantityBackordered = 3, QuantityFilled = 1 }
        ];
    }

    private BackorderLayoutPdfService Service()
    {
        var items = new List<OrderItem>
        {
            new() { Id = 51, OrderId = 5, ProductId = 1, Quantity = 4, UnitPriceExclTax = 5m, PriceExclTax = 20m, AttributeDescription = "Colour: Green<br />Size: L" },
            new() { Id = 52, OrderId = 5, ProductId = 2, Quantity = 3, UnitPriceExclTax = 5m, PriceExclTax = 15m },
            new() { Id = 61, OrderId = 6, ProductId = 2, Quantity = 9, UnitPriceExclTax = 5m, PriceExclTax = 45m }
        };
        var products = new Dictionary<int, Product>
        {
            [1] = new() { Id = 1, Name = "Garden bench", Sku = "GB-150", VendorId = 7 },
            [2] = new() { Id = 2, Name = "Watering can", Sku = "WC-10", VendorId = 8 }
        };

        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<bool>()))
            .ReturnsAsync((string key, int _, bool _, string _, bool _) =>
                NopResources.TryGetValue(key, out var value) ? value : BackordersLocaleResources.English.GetValueOrDefault(key, key));
        localization.Setup(l => l.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<Expression<Func<Product, string>>>(), It.IsAny<int?>(), true, true))
            .ReturnsAsync((Product p, Expression<Func<Product, string>> _, int? _, bool _, bool _) => p.Name);
        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => products.GetValueOrDefault(id));
        productService.Setup(p => p.FormatSkuAsync(It.IsAny<Product>(), It.IsAny<string>())).ReturnsAsync((Product p, string _) => p.Sku);
        var priceFormatter = new Mock<IPriceFormatter>();
        priceFormatter.Setup(f => f.FormatPriceAsync(It.IsAny<decimal>(), true, It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((decimal price, bool _, string code, int _, bool _) => $"{price:0.00}{code}");
        priceFormatter.Setup(f => f.FormatShippingPriceAsync(It.IsAny<decimal>(), true, It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((decimal price, bool _, string code, int _, bool _) => $"{price:0.00}{code}");
        priceFormatter.Setup(f => f.FormatPriceAsync(It.IsAny<decimal>(), true, It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<int>()))
            .ReturnsAsync((decimal price, bool _, string code, bool _, int _) => $"{price:0.00}{code}");
        priceFormatter.Setup(f => f.FormatPaymentMethodAdditionalFeeAsync(It.IsAny<decimal>(), true, It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((decimal price, bool _, string code, int _, bool _) => $"{price:0.00}{code}");
        priceFormatter.Setup(f => f.FormatTaxRate(It.IsAny<decimal>())).Returns((decimal rate) => rate.ToString("0.##", CultureInfo.InvariantCulture));
        // nopCommerce stores an order's tax rates as "rate:amount;   " pairs.
        var orderService = new Mock<IOrderService>();
        orderService.Setup(o => o.ParseTaxRates(It.IsAny<Order>(), It.IsAny<string>()))
            .Returns((Order _, string rates) => new SortedDictionary<decimal, decimal>((rates ?? string.Empty)
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(pair => pair.Split(':'))
                .ToDictionary(pair => decimal.Parse(pair[0], CultureInfo.InvariantCulture), pair => decimal.Parse(pair[1], CultureInfo.InvariantCulture))));
        var giftCards = new Mock<IGiftCardService>();
        giftCards.Setup(g => g.GetGiftCardUsageHistoryAsync(It.IsAny<Order>()))
            .ReturnsAsync((Order order) => _giftCardUsage.Where(u => u.UsedWithOrderId == order.Id).ToList());
        giftCards.Setup(g => g.GetGiftCardByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => new GiftCard { Id = id, GiftCardCouponCode = $"GC-{id}" });
        var rewardPoints = new Mock<IRewardPointService>();
        rewardPoints.Setup(r => r.GetRewardPointsHistoryEntryByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => _rewardPoints.FirstOrDefault(r => r.Id == id));
        var currency = new Mock<ICurrencyService>();
        currency.Setup(c => c.ConvertCurrency(It.IsAny<decimal>(), It.IsAny<decimal>())).Returns((decimal amount, decimal rate) => amount * rate);
        var addressService = new Mock<IAddressService>();
        addressService.Setup(a => a.FormatAddressAsync(It.IsAny<Address>(), It.IsAny<int>(), It.IsAny<string>(), It.IsAny<bool>()))
            .ReturnsAsync((Address a, int _, string _, bool _) => ($"{a.Id} Harbour Street, Bristol", []));
        var html = new Mock<IHtmlFormatter>();
        html.Setup(h => h.ConvertHtmlToPlainText(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((string text, bool _, bool _) => (text ?? string.Empty).Replace("<br />", "\n"));
        var dates = new Mock<IDateTimeHelper>();
        dates.Setup(d => d.ConvertToUserTimeAsync(It.IsAny<DateTime>(), It.IsAny<DateTimeKind>())).ReturnsAsync((DateTime d, DateTimeKind _) => d);
        var files = new Mock<INopFileProvider>();
        files.Setup(f => f.MapPath("~/App_Data/Pdf/")).Returns(() => _appDataPdf);
        files.Setup(f => f.Combine(It.IsAny<string[]>())).Returns((string[] p) => Path.Combine(p));
        files.Setup(f => f.FileExists(It.IsAny<string>())).Returns((string path) => File.Exists(path));
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<PdfSettings>(It.IsAny<int>())).ReturnsAsync(() => _pdfSettings);
        var languages = new Mock<ILanguageService>();
        languages.Setup(l => l.GetLanguageByIdAsync(It.IsAny<int>())).ReturnsAsync(new Language { Id = 1, Published = true, LanguageCulture = "en-US" });
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentVendorAsync()).ReturnsAsync(() => _currentVendor);
        var storeService = new Mock<IStoreService>();
        storeService.Setup(s => s.GetStoreByIdAsync(It.IsAny<int>())).ReturnsAsync(new Store { Id = 1, Url = "https://shop.example.com/" });

        return new BackorderLayoutPdfService(_settings, _taxSettings, new VendorSettings(), addressService.Object, currency.Object, dates.Object,
            giftCards.Object, html.Object, languages.Object, localization.Object, files.Object, orderService.Object,
            new Mock<IPaymentPluginManager>().Object, new Mock<IPictureService>().Object, priceFormatter.Object, productService.Object,
            Repository(new Address { Id = 1, FirstName = "Jane", LastName = "Miller" }, new Address { Id = 2, FirstName = "John", LastName = "Miller" }),
            Repository(_order), Repository(items.ToArray()), Repository(_ledger.ToArray()),
            Repository(new OrderNote { Id = 1, OrderId = 5, Note = "Bench follows next week.", DisplayToCustomer = true, CreatedOnUtc = _order.CreatedOnUtc },
                new OrderNote { Id = 2, OrderId = 5, Note = "internal: call supplier", DisplayToCustomer = false, CreatedOnUtc = _order.CreatedOnUtc }),
            Repository(new ShipmentItem { Id = 1, ShipmentId = 70, OrderItemId = 51, Quantity = 1 }), rewardPoints.Object,
            settingService.Object, new Mock<IStoreContext>().Object, storeService.Object, new Mock<IVendorService>().Object, workContext.Object);
    }

    private static IRepository<T> Repository<T>(params T[] rows) where T : BaseEntity
    {
        var repository = new Mock<IRepository<T>>();
        repository.Setup(r => r.GetAllAsync(It.IsAny<Func<IQueryable<T>, IQueryable<T>>>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>()))
            .ReturnsAsync((Func<IQueryable<T>, IQueryable<T>> func, Func<ICacheKeyService, CacheKey> _, bool _) =>
                (func ?? (q => q))(rows.AsQueryable()).ToList());
        repository.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .ReturnsAsync((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => rows.FirstOrDefault(r => r.Id == id));
        return repository.Object;
    }

    private static async Task<IReadOnlyList<PdfReadBack.Page>> ReadAsync(Func<Stream, Task> print)
    {
        using var stream = new MemoryStream();
        await print(stream);
        return PdfReadBack.Read(stream.ToArray());
    }

    [Test]
    public async Task Invoice_takes_the_backordered_and_open_quantities_from_the_ledger_and_prices_in_the_customers_currency()
    {
        var page = (await ReadAsync(s => Service().PrintInvoiceAsync(s, _order))).Single();

        page.ValueUnder("Backordered", "Garden").Should().Be("3");
        page.ValueUnder("open", "Garden").Should().Be("2", "3 backordered, 1 filled since");
        page.ValueUnder("Backordered", "Watering").Should().Be("0", "no ledger row: nothing was backordered");
        page.ValueUnder("open", "Watering").Should().Be("0");
        page.ValueUnder("Total", "Garden").Should().Be("40.00EUR", "20.00 at the order's currency rate 2");
        page.Text.Should().Contain("Colour: Green").And.Contain("Size: L").And.Contain("Order total: 80.00EUR");
        page.Text.Should().Contain("Order #5").And.Contain("https://shop.example.com").And.Contain("1 Harbour Street, Bristol");
        page.Text.Should().Contain("Bench follows next week.").And.NotContain("internal", "only notes shown to the customer");
        page.Text.Should().Contain("Example store").And.NotContain("Watering can 9", "another order's line");
        ((int)page.Width).Should().Be(595, "A4 unless nopCommerce's letter size is on");
    }

    [Test]
    public async Task Invoice_prints_nopCommerces_summary_lines_payment_fee_tax_rates_gift_card_reward_points_and_payment_method()
    {
        _taxSettings.DisplayTaxRates = true;
        _order.PaymentMethodSystemName = "Payments.CheckMoneyOrder";
        _order.PaymentMethodAdditionalFeeExclTax = 3m;
        _order.OrderSubTotalDiscountExclTax = 1m;
        _order.OrderTax = 3m;
        _order.TaxRates = "10:2;   20:1;   ";
        _order.RedeemedRewardPointsEntryId = 9;
        _order.OrderTotal = 30m;
        _giftCardUsage.Add(new GiftCardUsageHistory { Id = 1, GiftCardId = 4, UsedWithOrderId = 5, UsedValue = 10m });
        _giftCardUsage.Add(new GiftCardUsageHistory { Id = 2, GiftCardId = 8, UsedWithOrderId = 6, UsedValue = 99m });
        _rewardPoints.Add(new RewardPointsHistory { Id = 9, Points = -100, UsedAmount = 1m });

        var page = (await ReadAsync(s => Service().PrintInvoiceAsync(s, _order))).Single();

        // In nopCommerce's order, at the order's currency rate 2; the rates replace the single tax line.
        var summary = page.Lines.SkipWhile(l => !l.StartsWith("Sub-total")).TakeWhile(l => !l.StartsWith("Order notes")).ToList();
        summary.Should().Equal(
            "Sub-total: 70.00EUR",
            "Discount: -2.00EUR",
            "Shipping: 10.00EUR",
            "Payment Method Additional Fee: 6.00EUR",
            "Tax 10%: 4.00EUR",
            "Tax 20%: 2.00EUR",
            "Gift card (GC-4): -20.00EUR",
            "100 reward points: -2.00EUR",
            "Order total: 60.00EUR");
        page.Text.Should().Contain("Payment method: Payments.CheckMoneyOrder", "the system name when the payment plugin is not loaded");
    }

    [Test]
    public async Task Invoice_prints_one_tax_line_when_tax_rates_are_not_displayed_and_none_when_hidden()
    {
        _order.OrderTax = 3m;
        _order.TaxRates = "10:2;   20:1;   ";

        var page = (await ReadAsync(s => Service().PrintInvoiceAsync(s, _order))).Single();
        page.Lines.Should().Contain("Tax: 6.00EUR").And.NotContain(l => l.StartsWith("Tax 10%"));

        _order.CustomerTaxDisplayType = TaxDisplayType.IncludingTax;
        _taxSettings.HideTaxInOrderSummary = true;
        page = (await ReadAsync(s => Service().PrintInvoiceAsync(s, _order))).Single();
        page.Lines.Should().NotContain(l => l.StartsWith("Tax"));
    }

    [Test]
    public async Task An_attached_product_s_ledger_line_does_not_stand_in_for_the_item_s_own()
    {
        // The watering can is attached to the bench line (nopCommerce's "associated product" attribute value): same order item.
        _ledger.Insert(0, new OrderItemBackorder { OrderId = 5, OrderItemId = 51, ProductId = 2, QuantityOrdered = 4, QuantityBackordered = 4 });

        var page = (await ReadAsync(s => Service().PrintInvoiceAsync(s, _order))).Single();

        page.ValueUnder("Backordered", "Garden").Should().Be("3");
        page.ValueUnder("open", "Garden").Should().Be("2");
    }

    [Test]
    public async Task Invoice_renames_Qty_and_follows_the_letter_size_and_order_notes_settings()
    {
        _settings.RenameQuantityToQuantityOrdered = true;
        _settings.InvoiceColumns = "Name,Quantity,QuantityBackordered";
        _pdfSettings.LetterPageSizeEnabled = true;
        _pdfSettings.RenderOrderNotes = false;

        var page = (await ReadAsync(s => Service().PrintInvoiceAsync(s, _order))).Single();

        page.Lines.Should().Contain("Name Qty Ordered Qty Backordered");
        page.ValueUnder("Ordered", "Garden").Should().Be("4");
        page.Text.Should().NotContain("Bench follows next week.");
        ((int)page.Width).Should().Be(612);
    }

    /// <summary>
    /// nopCommerce passes the vendor when a vendor prints an invoice (and <see cref="DocumentLayout"/> sends those to its
    /// own layout); without one it wants the whole invoice, also when a vendor's action caused it: a vendor marking a
    /// shipment delivered completes the order, and the invoice attached to the customer's "order completed" e-mail is
    /// printed then. The plugin's invoice is the order's whole invoice whoever is signed in.
    /// </summary>
    [Test]
    public async Task The_invoice_holds_every_line_and_the_totals_whoever_is_signed_in()
    {
        _currentVendor = new Vendor { Id = 8 };

        var page = (await ReadAsync(s => Service().PrintInvoiceAsync(s, _order))).Single();

        page.Text.Should().Contain("Watering can").And.Contain("Garden bench").And.Contain("Order total");
    }

    [Test]
    public async Task Packaging_slip_prints_the_shipments_lines_with_the_quantity_shipped_and_still_open()
    {
        _settings.PackagingSlipColumns = "Name,Sku,Quantity,QuantityBackordered,QuantityOpen";

        var page = (await ReadAsync(s => Service().PrintPackagingSlipAsync(s, new Shipment { Id = 70, OrderId = 5 }))).Single();

        page.Text.Should().Contain("Shipment #70").And.Contain("Order #5").And.Contain("Qty shipped").And.NotContain("Watering");
        page.ValueUnder("shipped", "Garden").Should().Be("1");
        page.ValueUnder("Backordered", "Garden").Should().Be("3");
        page.ValueUnder("open", "Garden").Should().Be("2");
    }

    [Test]
    public async Task A_right_to_left_language_mirrors_the_columns()
    {
        _settings.InvoiceColumns = "Name,Total";

        var page = (await ReadAsync(s => Service().PrintInvoiceAsync(s, _order, new Language { Id = 2, Rtl = true, Published = true, LanguageCulture = "he-IL" }))).Single();

        page.Words.First(w => w.Text == "Name").Left.Should().BeGreaterThan(page.Words.First(w => w.Text == "Total").Left);
    }

    [Test]
    public async Task Pick_list_uses_the_plugins_texts()
    {
        var page = (await ReadAsync(s => Service().PrintPickListAsync(s, SampleDocuments.PickList(), new Language { Id = 1 }))).Single();

        page.Lines.Should().Contain("Pick list").And.Contain("Order #1042");
        page.Lines.Should().Contain(l => l.StartsWith("SKU Name Ordered In"));
    }

    [Test]
    public async Task The_configured_font_from_App_Data_Pdf_is_used_when_the_file_is_there()
    {
        // nopCommerce's fonts are not in this repository; a font of the machine stands in for ~/App_Data/Pdf/<LtrFontName>.ttf.
        const string dejaVu = "/usr/share/fonts/truetype/dejavu/";
        Assume.That(File.Exists(dejaVu + "DejaVuSerif.ttf"), "fonts-dejavu-core is not installed");
        _appDataPdf = dejaVu;
        _pdfSettings.LtrFontName = "DejaVuSerif";

        using var stream = new MemoryStream();
        await Service().PrintInvoiceAsync(stream, _order);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();

        fonts.Should().Contain(f => f.Contains("DejaVuSerif")).And.NotContain(f => f.Contains("DejaVuSans"));

        _pdfSettings.LtrFontName = "NoSuchFont";
        stream.SetLength(0);
        await Service().PrintInvoiceAsync(stream, _order);
        using var fallback = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        fallback.GetPage(1).Letters.Select(l => l.FontName).Should().Contain(f => f.Contains("DejaVuSans"), "a missing font file falls back to DejaVu Sans");
    }
}
