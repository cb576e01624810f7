using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Tax;
using Nop.Core.Events;
using Nop.Services.Affiliates;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Discounts;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Security;
using Nop.Services.Shipping;
using Nop.Services.Stores;
using Nop.Services.Tax;
using Nop.Services.Vendors;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// nopCommerce's order processing with the backorder limit checked on the database's stock right before the payment is
/// processed (<see cref="CheckoutBackorderLimit"/>). A refusal is thrown there, inside nopCommerce's placement, which
/// turns it into the PlaceOrderResult's error: nothing is paid, no order is written. Nothing changes once the plugin is uninstalled.
/// </summary>
public class BackorderOrderProcessingService : OrderProcessingService
{
    private readonly CheckoutBackorderLimit _checkoutLimit;

    public BackorderOrderProcessingService(CurrencySettings currencySettings,
        IAddressService addressService,
        IAffiliateService affiliateService,
        ICheckoutAttributeFormatter checkoutAttributeFormatter,
        ICountryService countryService,
        ICurrencyService currencyService,
        ICustomerActivityService customerActivityService,
        ICustomerService customerService,
        ICustomNumberFormatter customNumberFormatter,
        IDiscountService discountService,
        IEncryptionService encryptionService,
        IEventPublisher eventPublisher,
        IGenericAttributeService genericAttributeService,
        IGiftCardService giftCardService,
        ILanguageService languageService,
        ILocalizationService localizationService,
        ILogger logger,
        IOrderService orderService,
        IOrderTotalCalculationService orderTotalCalculationService,
        IPaymentPluginManager paymentPluginManager,
        IPaymentService paymentService,
        IPdfService pdfService,
        IPriceCalculationService priceCalculationService,
        IPriceFormatter priceFormatter,
        IProductAttributeFormatter productAttributeFormatter,
        IProductAttributeParser productAttributeParser,
        IProductService productService,
        IReturnRequestService returnRequestService,
        IRewardPointService rewardPointService,
        IShipmentService shipmentService,
        IShippingService shippingService,
        IShoppingCartService shoppingCartService,
        IStateProvinceService stateProvinceService,
        IStaticCacheManager staticCacheManager,
        IStoreContext storeContext,
        IStoreMappingService storeMappingService,
        IStoreService storeService,
        ITaxService taxService,
        IVendorService vendorService,
        IWebHelper webHelper,
        IWorkContext workContext,
        IWorkflowMessageService workflowMessageService,
        LocalizationSettings localizationSettings,
        OrderSettings orderSettings,
        PaymentSettings paymentSettings,
        RewardPointsSettings rewardPointsSettings,
        ShippingSettings shippingSettings,
        TaxSettings taxSettings,
        CheckoutBackorderLimit checkoutLimit)
        : base(currencySettings, addressService, affiliateService, checkoutAttributeFormatter, countryService, currencyService,
            customerActivityService, customerService, customNumberFormatter, discountService, encryptionService, eventPublisher,
            genericAttributeService, giftCardService, languageService, localizationService, logger, orderService,
            orderTotalCalculationService, paymentPluginManager, paymentService, pdfService, priceCalculationService, priceFormatter,
            productAttributeFormatter, productAttributeParser, productService, returnRequestService, rewardPointService,
            shipmentService, shippingService, shoppingCartService, stateProvinceService, staticCacheManager, storeContext,
            storeMappingService, storeService, taxService, vendorService, webHelper, workContext, workflowMessageService,
            localizationSettings, orderSettings, paymentSettings, rewardPointsSettings, shippingSettings, taxSettings)
    {
        _checkoutLimit = checkoutLimit;
    }

    protected override async Task<ProcessPaymentResult> GetProcessPaymentResultAsync(ProcessPaymentRequest processPaymentRequest, PlaceOrderContainer details)
    {
        // nopCommerce catches this in PlaceOrderAsync and returns its message as the result's error, before any payment.
        if (await _checkoutLimit.CheckAsync(details?.Cart) is { } refusal)
            throw refusal;

        return await base.GetProcessPaymentResultAsync(processPaymentRequest, details);
    }
}
