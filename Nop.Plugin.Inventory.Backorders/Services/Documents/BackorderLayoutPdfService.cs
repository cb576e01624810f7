using System.Globalization;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Tax;
using Nop.Core.Domain.Vendors;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
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

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>
/// The plugin's own PDFs. Gathers what nopCommerce's PdfService prints, with nopCommerce's services (prices in the
/// customer's currency, formatted addresses, localized names, vendor filtering, the order's store's PdfSettings), adds the
/// ledger's quantities, and hands the data to <see cref="BackorderDocuments"/> and <see cref="SkiaPdfRenderer"/>.
/// </summary>
public class BackorderLayoutPdfService : IBackorderPdfService
{
    private const string P = BackordersDefaults.ResourcePrefix;

    private readonly BackorderSettings _backorderSettings;
    private readonly TaxSettings _taxSettings;
    private readonly VendorSettings _vendorSettings;
    private readonly IAddressService _addressService;
    private readonly ICurrencyService _currencyService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IGiftCardService _giftCardService;
    private readonly IHtmlFormatter _htmlFormatter;
    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly INopFileProvider _fileProvider;
    private readonly IOrderService _orderService;
    private readonly IPaymentPluginManager _paymentPluginManager;
    private readonly IPictureService _pictureService;
    private readonly IPriceFormatter _priceFormatter;
    private readonly IProductService _productService;
    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<OrderItem> _orderItemRepository;
    private readonly IRepository<OrderItemBackorder> _ledgerRepository;
    private readonly IRepository<OrderNote> _orderNoteRepository;
    private readonly IRepository<ShipmentItem> _shipmentItemRepository;
    private readonly IRewardPointService _rewardPointService;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;
    private readonly IVendorService _vendorService;
    private readonly IWorkContext _workContext;

    public BackorderLayoutPdfService(BackorderSettings backorderSettings,
        TaxSettings taxSettings,
        VendorSettings vendorSettings,
        IAddressService addressService,
        ICurrencyService currencyService,
        IDateTimeHelper dateTimeHelper,
        IGiftCardService giftCardService,
        IHtmlFormatter htmlFormatter,
        ILanguageService languageService,
        ILocalizationService localizationService,
        INopFileProvider fileProvider,
        IOrderService orderService,
        IPaymentPluginManager paymentPluginManager,
        IPictureService pictureService,
        IPriceFormatter priceFormatter,
        IProductService productService,
        IRepository<Address> addressRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<OrderItemBackorder> ledgerRepository,
        IRepository<OrderNote> orderNoteRepository,
        IRepository<ShipmentItem> shipmentItemRepository,
        IRewardPointService rewardPointService,
        ISettingService settingService,
        IStoreContext storeContext,
        IStoreService storeService,
        IVendorService vendorService,
        IWorkContext workContext)
    {
        _backorderSettings = backorderSettings;
        _taxSettings = taxSettings;
        _vendorSettings = vendorSettings;
        _addressService = addressService;
        _currencyService = currencyService;
        _dateTimeHelper = dateTimeHelper;
        _giftCardService = giftCardService;
        _htmlFormatter = htmlFormatter;
        _languageService = languageService;
        _localizationService = localizationService;
        _fileProvider = fileProvider;
        _orderService = orderService;
        _paymentPluginManager = paymentPluginManager;
        _pictureService = pictureService;
        _priceFormatter = priceFormatter;
        _productService = productService;
        _addressRepository = addressRepository;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _ledgerRepository = ledgerRepository;
        _orderNoteRepository = orderNoteRepository;
        _shipmentItemRepository = shipmentItemRepository;
        _rewardPointService = rewardPointService;
        _settingService = settingService;
        _storeContext = storeContext;
        _storeService = storeService;
        _vendorService = vendorService;
        _workContext = workContext;
    }

    public virtual async Task PrintInvoiceAsync(Stream stream, Order order, Language language = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(order);

        language = await DocumentLanguageAsync(language, order.CustomerLanguageId);
        var pdfSettings = await _settingService.LoadSettingAsync<PdfSettings>(order.StoreId);
        // The whole order, whoever is signed in: a vendor's invoice is printed by nopCommerce's layout (DocumentLayout),
        // and an invoice printed without a vendor (the "order completed" e-mail's, also after a vendor's delivery) is whole.
        var items = await _orderItemRepository.GetAllAsync(q => q.Where(i => i.OrderId == order.Id).OrderBy(i => i.Id));

        var store = order.StoreId == 0 ? await _storeContext.GetCurrentStoreAsync() : await _storeService.GetStoreByIdAsync(order.StoreId);
        var date = await _dateTimeHelper.ConvertToUserTimeAsync(order.CreatedOnUtc, DateTimeKind.Utc);
        var invoice = new InvoiceData
        {
            OrderNumber = order.CustomOrderNumber,
            OrderDate = date.ToString("D", Culture(language)),
            StoreUrl = store?.Url?.Trim('/'),
            Logo = await LogoAsync(pdfSettings),
            BillingAddress = await BillingAddressLinesAsync(order, language),
            ShippingAddress = await ShippingAddressLinesAsync(order, language),
            Lines = await LinesAsync(order, items, language, null),
            CheckoutAttributes = _htmlFormatter.ConvertHtmlToPlainText(order.CheckoutAttributeDescription, true, true),
            Totals = await TotalsAsync(order, language),
            Notes = pdfSettings.RenderOrderNotes ? await NotesAsync(order) : [],
            FooterColumn1 = FooterLines(pdfSettings.InvoiceFooterTextColumn1),
            FooterColumn2 = FooterLines(pdfSettings.InvoiceFooterTextColumn2)
        };

        var columns = ChosenColumns(_backorderSettings.InvoiceColumns);
        var texts = await TextsAsync(language);
        await WriteAsync(stream, pdfSettings, language, string.Format(texts.OrderTitle, order.CustomOrderNumber),
            (options, fonts) => BackorderDocuments.LayOutInvoice(invoice, columns, texts, options, fonts));
    }

    public virtual async Task PrintPackagingSlipAsync(Stream stream, Shipment shipment, Language language = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(shipment);

        var order = await _orderRepository.GetByIdAsync(shipment.OrderId)
            ?? throw new ArgumentException($"The order {shipment.OrderId} of shipment {shipment.Id} does not exist.", nameof(shipment));
        language = await DocumentLanguageAsync(language, order.CustomerLanguageId);
        var pdfSettings = await _settingService.LoadSettingAsync<PdfSettings>(order.StoreId);
        var shipmentItems = await _shipmentItemRepository.GetAllAsync(q => q.Where(si => si.ShipmentId == shipment.Id));
        var itemIds = shipmentItems.Select(si => si.OrderItemId).ToList();
        var items = await _orderItemRepository.GetAllAsync(q => q.Where(i => itemIds.Contains(i.Id)).OrderBy(i => i.Id));

        var slip = new PackagingSlipData
        {
            ShipmentNumber = shipment.Id.ToString(CultureInfo.InvariantCulture),
            OrderNumber = order.CustomOrderNumber,
            ShippingAddress = await ShippingAddressLinesAsync(order, language),
            Lines = await LinesAsync(order, items, language, shipmentItems)
        };

        var columns = ChosenColumns(_backorderSettings.PackagingSlipColumns);
        var texts = await TextsAsync(language);
        await WriteAsync(stream, pdfSettings, language, string.Format(texts.ShipmentTitle, slip.ShipmentNumber),
            (options, fonts) => BackorderDocuments.LayOutPackagingSlip(slip, columns, texts, options, fonts));
    }

    public virtual async Task PrintPickListAsync(Stream stream, PickList pickList, Language language = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(pickList);

        language ??= await _workContext.GetWorkingLanguageAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var pdfSettings = await _settingService.LoadSettingAsync<PdfSettings>(store?.Id ?? 0);
        var created = await _dateTimeHelper.ConvertToUserTimeAsync(pickList.CreatedOnUtc, DateTimeKind.Utc);
        var texts = await TextsAsync(language);
        texts = texts with { PickListCreatedOn = created.ToString("g", Culture(language)) };
        await WriteAsync(stream, pdfSettings, language, texts.PickListTitle,
            (options, fonts) => BackorderDocuments.LayOutPickList(pickList, texts, options, fonts));
    }

    /// <summary>Every header and title in the document's language (nopCommerce's Pdf.* resources where they exist).</summary>
    public virtual async Task<DocumentTexts> TextsAsync(Language language)
    {
        var id = language?.Id ?? 0;
        Task<string> R(string key) => _localizationService.GetResourceAsync(key, id);
        var quantity = _backorderSettings.RenameQuantityToQuantityOrdered ? await R(QuantityHeaderService.QuantityOrderedKey) : await R("Pdf.Product.Quantity");
        var common = new Dictionary<DocumentColumn, string>
        {
            [DocumentColumn.Name] = await R("Pdf.Product.Name"),
            [DocumentColumn.Sku] = await R("Pdf.Product.Sku"),
            [DocumentColumn.Vendor] = await R("Pdf.Product.VendorName"),
            [DocumentColumn.Price] = await R("Pdf.Product.Price"),
            [DocumentColumn.QuantityBackordered] = await R(P + "Pdf.QuantityBackordered"),
            [DocumentColumn.QuantityOpen] = await R(P + "Pdf.QuantityOpen"),
            [DocumentColumn.Total] = await R("Pdf.Product.Total")
        };
        return new DocumentTexts
        {
            OrderTitle = await R("Pdf.Order"),
            OrderDate = await R("Pdf.OrderDate"),
            BillingInformation = await R("Pdf.BillingInformation"),
            ShippingInformation = await R("Pdf.ShippingInformation"),
            ShipmentTitle = await R("Pdf.Shipment"),
            OrderNotes = await R("Pdf.OrderNotes"),
            PageNumber = await R(P + "Pdf.Page"),
            InvoiceHeaders = new Dictionary<DocumentColumn, string>(common) { [DocumentColumn.Quantity] = quantity },
            PackagingSlipHeaders = new Dictionary<DocumentColumn, string>(common) { [DocumentColumn.Quantity] = await R(P + "Pdf.QuantityShipped") },
            PickListTitle = await R(P + "Pdf.PickList.Title"),
            PickListCreated = await R(P + "Pdf.PickList.Created"),
            PickListSku = await R("Pdf.Product.Sku"),
            PickListName = await R("Pdf.Product.Name"),
            PickListOrdered = await R(P + "Pdf.PickList.Ordered"),
            PickListInStock = await R(P + "Pdf.PickList.InStock"),
            PickListBackordered = await R(P + "Pdf.PickList.Backordered"),
            PickListOpen = await R(P + "Pdf.PickList.Open"),
            PickListWarehouse = await R(P + "Pdf.PickList.Warehouse"),
            PickListMessage = await R(P + "Pdf.PickList.Message")
        };
    }

    /// <summary>The chosen columns; none chosen (the plugin's layout called anyway): nopCommerce's columns plus the backorder ones.</summary>
    public static IReadOnlyList<DocumentColumn> ChosenColumns(string setting)
    {
        var columns = DocumentLayout.Parse(setting);
        return columns.Count > 0
            ? columns
            : [DocumentColumn.Name, DocumentColumn.Sku, DocumentColumn.Price, DocumentColumn.Quantity, DocumentColumn.QuantityBackordered, DocumentColumn.Total];
    }

    private async Task WriteAsync(Stream stream, PdfSettings pdfSettings, Language language, string title,
        Func<DocumentOptions, SkiaPdfFonts, IReadOnlyList<LaidOutPage>> layOut)
    {
        var rightToLeft = language?.Rtl == true;
        var options = new DocumentOptions(PageGeometry.For(pdfSettings.LetterPageSizeEnabled),
            pdfSettings.BaseFontSize > 0 ? pdfSettings.BaseFontSize : 9f, rightToLeft);
        using var fonts = SkiaPdfFonts.Load(FontFile(pdfSettings, rightToLeft));
        var pages = layOut(options, fonts);
        // Skia writes to a seekable buffer; the caller's stream may be a response body.
        await using var buffer = new MemoryStream();
        SkiaPdfRenderer.Render(buffer, pages, options.Geometry, fonts, rightToLeft, title);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream);
    }

    /// <summary>nopCommerce's font: ~/App_Data/Pdf/&lt;LtrFontName or RtlFontName&gt;.ttf (OpenSans / Vazirmatn by default).</summary>
    private string FontFile(PdfSettings pdfSettings, bool rightToLeft)
    {
        var name = rightToLeft
            ? string.IsNullOrEmpty(pdfSettings.RtlFontName) ? "Vazirmatn" : pdfSettings.RtlFontName
            : string.IsNullOrEmpty(pdfSettings.LtrFontName) ? "OpenSans" : pdfSettings.LtrFontName;
        var file = _fileProvider.Combine(_fileProvider.MapPath("~/App_Data/Pdf/"), name.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) ? name : name + ".ttf");
        return _fileProvider.FileExists(file) ? file : null;
    }

    private async Task<Language> DocumentLanguageAsync(Language language, int customerLanguageId)
    {
        language ??= await _languageService.GetLanguageByIdAsync(customerLanguageId);
        if (language?.Published != true)
            language = await _workContext.GetWorkingLanguageAsync();
        return language;
    }

    private static CultureInfo Culture(Language language)
    {
        try
        {
            return string.IsNullOrEmpty(language?.LanguageCulture) ? CultureInfo.InvariantCulture : new CultureInfo(language.LanguageCulture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private async Task<byte[]> LogoAsync(PdfSettings pdfSettings)
    {
        if (pdfSettings.LogoPictureId == 0 || await _pictureService.GetPictureByIdAsync(pdfSettings.LogoPictureId) is not { } picture)
            return null;
        var logo = await _pictureService.LoadPictureBinaryAsync(picture);
        if (picture.MimeType == "image/svg+xml" && logo != null)
        {
            await using var svg = new MemoryStream(logo);
            logo = await _pictureService.ConvertSvgToPngAsync(svg);
        }

        return logo;
    }

    private async Task<IReadOnlyList<string>> AddressLinesAsync(int? addressId, Language language, string vatNumber = null)
    {
        if (addressId is not { } id || await _addressRepository.GetByIdAsync(id) is not { } address)
            return [];
        var (formatted, _) = await _addressService.FormatAddressAsync(address, language?.Id ?? 0);
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(address.Company))
            lines.Add(address.Company);
        lines.Add($"{address.FirstName} {address.LastName}".Trim());
        if (!string.IsNullOrWhiteSpace(formatted))
            lines.Add(formatted);
        if (!string.IsNullOrWhiteSpace(address.PhoneNumber))
            lines.Add(address.PhoneNumber);
        if (!string.IsNullOrWhiteSpace(vatNumber))
            lines.Add(vatNumber);
        return lines;
    }

    private async Task<IReadOnlyList<string>> BillingAddressLinesAsync(Order order, Language language)
    {
        var lines = new List<string>(await AddressLinesAsync(order.BillingAddressId, language, order.VatNumber));
        if (await PaymentMethodAsync(order, language) is { } paymentMethod)
            lines.Add(paymentMethod);
        return lines;
    }

    private async Task<IReadOnlyList<string>> ShippingAddressLinesAsync(Order order, Language language)
    {
        if (order.ShippingStatus == ShippingStatus.ShippingNotRequired)
            return [];
        var lines = new List<string>(await AddressLinesAsync(order.PickupInStore ? order.PickupAddressId : order.ShippingAddressId, language));
        if (!string.IsNullOrWhiteSpace(order.ShippingMethod))
            lines.Add(order.ShippingMethod);
        return lines;
    }

    private async Task<IReadOnlyList<DocumentLine>> LinesAsync(Order order, IList<OrderItem> items, Language language, IList<ShipmentItem> shipmentItems)
    {
        var ledger = ItemLedgerRows.ByOrderItem(await _ledgerRepository.GetAllAsync(q => q.Where(l => l.OrderId == order.Id)),
            items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First().ProductId));
        var vendors = _vendorSettings.ShowVendorOnOrderDetailsPage
            ? (await _vendorService.GetVendorsByProductIdsAsync(items.Select(i => i.ProductId).Distinct().ToArray())).ToDictionary(v => v.Id)
            : [];
        var includingTax = order.CustomerTaxDisplayType == TaxDisplayType.IncludingTax;
        var lines = new List<DocumentLine>();
        foreach (var item in items)
        {
            var product = await _productService.GetProductByIdAsync(item.ProductId);
            var name = product == null ? string.Empty : await _localizationService.GetLocalizedAsync(product, p => p.Name, language?.Id ?? 0);
            var attributes = string.IsNullOrEmpty(item.AttributeDescription)
                ? []
                : _htmlFormatter.ConvertHtmlToPlainText(item.AttributeDescription, true, true)
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var sku = product == null ? string.Empty : await _productService.FormatSkuAsync(product, item.AttributesXml);
            var vendorName = product != null && vendors.TryGetValue(product.VendorId, out var vendor) ? vendor.Name : string.Empty;
            var unitPrice = await _priceFormatter.FormatPriceAsync(
                _currencyService.ConvertCurrency(includingTax ? item.UnitPriceInclTax : item.UnitPriceExclTax, order.CurrencyRate),
                true, order.CustomerCurrencyCode, language?.Id ?? 0, includingTax);
            var total = await _priceFormatter.FormatPriceAsync(
                _currencyService.ConvertCurrency(includingTax ? item.PriceInclTax : item.PriceExclTax, order.CurrencyRate),
                true, order.CustomerCurrencyCode, language?.Id ?? 0, includingTax);
            ledger.TryGetValue(item.Id, out var record);
            var quantity = shipmentItems == null ? item.Quantity : shipmentItems.Where(si => si.OrderItemId == item.Id).Sum(si => si.Quantity);
            lines.Add(new DocumentLine(name, attributes, sku,
                vendorName, unitPrice, quantity,
                record?.QuantityBackordered ?? 0,
                record == null ? 0 : BackorderQuantities.Open(record.QuantityBackordered, record.QuantityFilled, record.QuantityCancelled),
                total));
        }

        return lines;
    }

    /// <summary>
    /// The summary after the lines in the customer's currency, with nopCommerce's texts, conditions and order
    /// (<see cref="InvoiceTotalLines"/>): sub-total, discount, shipping, payment fee, tax or tax rates, gift cards,
    /// reward points, total.
    /// </summary>
    private async Task<IReadOnlyList<(string, string)>> TotalsAsync(Order order, Language language)
    {
        var id = language?.Id ?? 0;
        var includingTax = order.CustomerTaxDisplayType == TaxDisplayType.IncludingTax;
        var subTotalInclTax = InvoiceTotalLines.SubTotalIncludesTax(includingTax, _taxSettings.ForceTaxExclusionFromOrderSubtotal);
        decimal Customer(decimal amount) => _currencyService.ConvertCurrency(amount, order.CurrencyRate);
        Task<string> Price(decimal amount, bool inclTax) =>
            _priceFormatter.FormatPriceAsync(Customer(amount), true, order.CustomerCurrencyCode, id, inclTax);
        Task<string> Amount(decimal amount) =>
            _priceFormatter.FormatPriceAsync(Customer(amount), true, order.CustomerCurrencyCode, false, id);
        Task<string> R(string key) => _localizationService.GetResourceAsync(key, id);

        var taxRates = _orderService.ParseTaxRates(order, order.TaxRates) ?? [];
        var giftCards = await _giftCardService.GetGiftCardUsageHistoryAsync(order) ?? [];
        var rewardPoints = order.RedeemedRewardPointsEntryId is { } entryId
            ? await _rewardPointService.GetRewardPointsHistoryEntryByIdAsync(entryId)
            : null;
        var lines = InvoiceTotalLines.Of(new InvoiceTotalsFacts
        {
            IncludingTax = includingTax,
            ShippingRequired = order.ShippingStatus != ShippingStatus.ShippingNotRequired,
            SubTotalDiscountExclTax = order.OrderSubTotalDiscountExclTax,
            OrderDiscount = order.OrderDiscount,
            PaymentMethodAdditionalFeeExclTax = order.PaymentMethodAdditionalFeeExclTax,
            OrderTax = order.OrderTax,
            TaxRateCount = taxRates.Count,
            GiftCardCount = giftCards.Count,
            RewardPointsRedeemed = rewardPoints != null,
            DisplayTaxRates = _taxSettings.DisplayTaxRates,
            HideZeroTax = _taxSettings.HideZeroTax,
            HideTaxInOrderSummary = _taxSettings.HideTaxInOrderSummary
        });

        var totals = new List<(string, string)>();
        foreach (var line in lines)
        {
            switch (line)
            {
                case InvoiceTotalLine.SubTotal:
                    totals.Add((await R("Pdf.SubTotal"),
                        await Price(subTotalInclTax ? order.OrderSubtotalInclTax : order.OrderSubtotalExclTax, subTotalInclTax)));
                    break;
                case InvoiceTotalLine.Discount:
                    // nopCommerce prints one discount: the order-total discount replaces the sub-total's.
                    totals.Add((await R("Pdf.Discount"), order.OrderDiscount > 0
                        ? await Amount(-order.OrderDiscount)
                        : await Price(-(subTotalInclTax ? order.OrderSubTotalDiscountInclTax : order.OrderSubTotalDiscountExclTax), subTotalInclTax)));
                    break;
                case InvoiceTotalLine.Shipping:
                    totals.Add((await R("Pdf.Shipping"), await _priceFormatter.FormatShippingPriceAsync(
                        Customer(includingTax ? order.OrderShippingInclTax : order.OrderShippingExclTax),
                        true, order.CustomerCurrencyCode, id, includingTax)));
                    break;
                case InvoiceTotalLine.PaymentMethodAdditionalFee:
                    totals.Add((await R("Pdf.PaymentMethodAdditionalFee"), await _priceFormatter.FormatPaymentMethodAdditionalFeeAsync(
                        Customer(includingTax ? order.PaymentMethodAdditionalFeeInclTax : order.PaymentMethodAdditionalFeeExclTax),
                        true, order.CustomerCurrencyCode, id, includingTax)));
                    break;
                case InvoiceTotalLine.Tax:
                    totals.Add((await R("Pdf.Tax"), await Amount(order.OrderTax)));
                    break;
                case InvoiceTotalLine.TaxRates:
                    foreach (var (rate, value) in taxRates)
                        totals.Add((string.Format(await R("Pdf.TaxRate"), _priceFormatter.FormatTaxRate(rate)), await Amount(value)));
                    break;
                case InvoiceTotalLine.GiftCards:
                    foreach (var usage in giftCards)
                    {
                        var card = await _giftCardService.GetGiftCardByIdAsync(usage.GiftCardId);
                        totals.Add((string.Format(await R("Pdf.GiftCardInfo"), card?.GiftCardCouponCode), await Amount(-usage.UsedValue)));
                    }

                    break;
                case InvoiceTotalLine.RewardPoints:
                    // The history entry of a redemption holds negative points.
                    totals.Add((string.Format(await R("Pdf.RewardPoints"), -rewardPoints!.Points), await Amount(-rewardPoints.UsedAmount)));
                    break;
                case InvoiceTotalLine.OrderTotal:
                    totals.Add((await R("Pdf.OrderTotal"), await Amount(order.OrderTotal)));
                    break;
            }
        }

        return totals;
    }

    /// <summary>The payment method's localized name, or its system name when the plugin is gone, as nopCommerce's invoice prints it.</summary>
    private async Task<string> PaymentMethodAsync(Order order, Language language)
    {
        var id = language?.Id ?? 0;
        var method = await _paymentPluginManager.LoadPluginBySystemNameAsync(order.PaymentMethodSystemName);
        var name = method != null ? await _localizationService.GetLocalizedFriendlyNameAsync(method, id) : order.PaymentMethodSystemName;
        return string.IsNullOrEmpty(name) ? null : $"{await _localizationService.GetResourceAsync("Pdf.Address.PaymentMethod", id)}: {name}";
    }

    private async Task<IReadOnlyList<(string, string)>> NotesAsync(Order order)
    {
        var notes = await _orderNoteRepository.GetAllAsync(q => q.Where(n => n.OrderId == order.Id && n.DisplayToCustomer).OrderByDescending(n => n.CreatedOnUtc));
        var result = new List<(string, string)>();
        foreach (var note in notes)
        {
            var created = await _dateTimeHelper.ConvertToUserTimeAsync(note.CreatedOnUtc, DateTimeKind.Utc);
            result.Add((created.ToString(CultureInfo.CurrentCulture), _htmlFormatter.ConvertHtmlToPlainText(note.Note, true, true)));
        }

        return result;
    }

    private static IReadOnlyList<string> FooterLines(string text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
}
