using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.Routing;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Data;
using Nop.Services.Attributes;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Security;
using Nop.Services.Seo;
using Nop.Services.Shipping;
using Nop.Services.Shipping.Date;
using Nop.Services.Stores;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// nopCommerce's cart with the backorder limit: a product on backorder cannot be ordered further below zero than
/// its limit allows, also for attribute combinations and over multiple warehouses (see <see cref="CartBackorderLimit"/>).
/// nopCommerce itself skips every stock check once backorders are allowed. Nothing is added once the plugin is uninstalled.
/// </summary>
public class BackorderShoppingCartService : ShoppingCartService
{
    private readonly CartBackorderLimit _cartLimit;

    public BackorderShoppingCartService(CatalogSettings catalogSettings,
        IAclService aclService,
        IActionContextAccessor actionContextAccessor,
        IAttributeParser<CheckoutAttribute, CheckoutAttributeValue> checkoutAttributeParser,
        IAttributeService<CheckoutAttribute, CheckoutAttributeValue> checkoutAttributeService,
        ICurrencyService currencyService,
        ICustomerService customerService,
        IDateRangeService dateRangeService,
        IDateTimeHelper dateTimeHelper,
        IEventPublisher eventPublisher,
        IGenericAttributeService genericAttributeService,
        IGiftCardService giftCardService,
        ILocalizationService localizationService,
        IPermissionService permissionService,
        IPriceCalculationService priceCalculationService,
        IPriceFormatter priceFormatter,
        IProductAttributeParser productAttributeParser,
        IProductAttributeService productAttributeService,
        IProductService productService,
        IRepository<ShoppingCartItem> sciRepository,
        IShippingService shippingService,
        IShortTermCacheManager shortTermCacheManager,
        IStaticCacheManager staticCacheManager,
        IStoreContext storeContext,
        IStoreService storeService,
        IStoreMappingService storeMappingService,
        IUrlHelperFactory urlHelperFactory,
        IUrlRecordService urlRecordService,
        IWorkContext workContext,
        OrderSettings orderSettings,
        ShoppingCartSettings shoppingCartSettings,
        CartBackorderLimit cartLimit)
        : base(catalogSettings, aclService, actionContextAccessor, checkoutAttributeParser, checkoutAttributeService,
            currencyService, customerService, dateRangeService, dateTimeHelper, eventPublisher, genericAttributeService,
            giftCardService, localizationService, permissionService, priceCalculationService, priceFormatter,
            productAttributeParser, productAttributeService, productService, sciRepository, shippingService,
            shortTermCacheManager, staticCacheManager, storeContext, storeService, storeMappingService,
            urlHelperFactory, urlRecordService, workContext, orderSettings, shoppingCartSettings)
    {
        _cartLimit = cartLimit;
    }

    protected override async Task<IList<string>> GetStandardWarningsAsync(Customer customer, ShoppingCartType shoppingCartType, Product product,
        string attributesXml, decimal customerEnteredPrice, int quantity, int shoppingCartItemId, int storeId)
    {
        var warnings = await base.GetStandardWarningsAsync(customer, shoppingCartType, product, attributesXml, customerEnteredPrice,
            quantity, shoppingCartItemId, storeId);

        // Like nopCommerce's own stock check: for the cart, and only once the line passed the other checks.
        if (shoppingCartType == ShoppingCartType.ShoppingCart && warnings.Count == 0
            && await _cartLimit.GetWarningAsync(product, attributesXml, quantity, shoppingCartItemId,
                () => GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, storeId, product.Id)) is { } warning)
        {
            warnings.Add(warning);
        }

        return warnings;
    }
}
