using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Tax;
using Nop.Core.Domain.Vendors;
using Nop.Core.Infrastructure;
using Nop.Services.Attributes;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Common.Pdf;
using Nop.Services.Configuration;
using Nop.Services.Directory;
using Nop.Services.Helpers;
using Nop.Services.Html;
using Nop.Services.Localization;
using Nop.Services.Media;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Shipping;
using Nop.Services.Stores;
using Nop.Services.Vendors;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>
/// nopCommerce's PdfService with the backorders: every invoice and packaging slip path (single, bulk ZIP, e-mail
/// attachment, the storefront's "print invoice") goes through the two Print methods, and both take their lines from
/// GetOrderProductItemsAsync. Level 1 (always): the ledger's figures are added to nopCommerce's lines
/// (<see cref="BackorderInvoiceLines"/>). Level 2: when the merchant chose columns, the plugin's own layout
/// (<see cref="IBackorderPdfService"/>) prints instead. Not installed: exactly nopCommerce.
/// </summary>
public class BackorderPdfService : PdfService
{
    private readonly BackorderInvoiceLines _invoiceLines;
    private readonly IBackordersInstalled _installed;
    private readonly BackorderSettings _backorderSettings;
    private readonly IBackorderPdfService _backorderPdfService;

    public BackorderPdfService(AddressSettings addressSettings,
        CatalogSettings catalogSettings,
        CurrencySettings currencySettings,
        IAddressService addressService,
        IAttributeFormatter<AddressAttribute, AddressAttributeValue> addressAttributeFormatter,
        ICountryService countryService,
        ICurrencyService currencyService,
        IDateTimeHelper dateTimeHelper,
        IGiftCardService giftCardService,
        IHtmlFormatter htmlFormatter,
        ILanguageService languageService,
        ILocalizationService localizationService,
        IMeasureService measureService,
        INopFileProvider fileProvider,
        IOrderService orderService,
        IPaymentPluginManager paymentPluginManager,
        IPaymentService paymentService,
        IPictureService pictureService,
        IPriceFormatter priceFormatter,
        IProductService productService,
        IRewardPointService rewardPointService,
        ISettingService settingService,
        IShipmentService shipmentService,
        IStateProvinceService stateProvinceService,
        IStoreContext storeContext,
        IStoreService storeService,
        IThumbService thumbService,
        IVendorService vendorService,
        IWorkContext workContext,
        MeasureSettings measureSettings,
        TaxSettings taxSettings,
        VendorSettings vendorSettings,
        BackorderInvoiceLines invoiceLines,
        IBackordersInstalled installed,
        BackorderSettings backorderSettings,
        IEnumerable<IBackorderPdfService> backorderPdfServices)
        : base(addressSettings, catalogSettings, currencySettings, addressService, addressAttributeFormatter, countryService,
            currencyService, dateTimeHelper, giftCardService, htmlFormatter, languageService, localizationService, measureService,
            fileProvider, orderService, paymentPluginManager, paymentService, pictureService, priceFormatter, productService,
            rewardPointService, settingService, shipmentService, stateProvinceService, storeContext, storeService, thumbService,
            vendorService, workContext, measureSettings, taxSettings, vendorSettings)
    {
        _invoiceLines = invoiceLines;
        _installed = installed;
        _backorderSettings = backorderSettings;
        // Asked as a list so that nopCommerce's layout still prints where no plugin layout is registered.
        _backorderPdfService = backorderPdfServices?.LastOrDefault();
    }

    protected override async Task<List<ProductItem>> GetOrderProductItemsAsync(Order order, IList<OrderItem> orderItems, Language language,
        IList<ShipmentItem> shipmentItems = null)
    {
        var items = await base.GetOrderProductItemsAsync(order, orderItems, language, shipmentItems);
        await _invoiceLines.AddAsync(items, orderItems, language, shipmentItems);
        return items;
    }

    public override async Task PrintOrderToPdfAsync(Stream stream, Order order, Language language = null, Store store = null, Vendor vendor = null)
    {
        if (await DocumentLayout.PluginLayoutAsync(_installed, _backorderSettings.InvoiceColumns, _backorderPdfService, forVendor: vendor is not null) is { } layout)
            await layout.PrintInvoiceAsync(stream, order, language);
        else
            await base.PrintOrderToPdfAsync(stream, order, language, store, vendor);
    }

    public override async Task PrintPackagingSlipToPdfAsync(Stream stream, Shipment shipment, Language language = null)
    {
        if (await DocumentLayout.PluginLayoutAsync(_installed, _backorderSettings.PackagingSlipColumns, _backorderPdfService) is { } layout)
            await layout.PrintPackagingSlipAsync(stream, shipment, language);
        else
            await base.PrintPackagingSlipToPdfAsync(stream, shipment, language);
    }
}
