using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Services.Shipping.Date;
using Nop.Services.Stores;
using Nop.Services.Vendors;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// nopCommerce's product service with the plugin's storefront behaviour: availability messages that honour the
/// backorder policy (also for attribute combinations), a low-stock activity that does not block backorders, and
/// stock changes made atomically in the database (product, combination, warehouses). Each override asks <see cref="ProductServiceOverrides"/>
/// first and runs nopCommerce's own code when that answers so (always once the plugin is uninstalled).
/// </summary>
public class BackorderProductService : ProductService
{
    private readonly ProductServiceOverrides _overrides;

    public BackorderProductService(CatalogSettings catalogSettings,
        IAclService aclService,
        ICustomerService customerService,
        IDateRangeService dateRangeService,
        ILanguageService languageService,
        ILocalizationService localizationService,
        IProductAttributeParser productAttributeParser,
        IProductAttributeService productAttributeService,
        IRepository<Category> categoryRepository,
        IRepository<CrossSellProduct> crossSellProductRepository,
        IRepository<DiscountProductMapping> discountProductMappingRepository,
        IRepository<LocalizedProperty> localizedPropertyRepository,
        IRepository<Manufacturer> manufacturerRepository,
        IRepository<Product> productRepository,
        IRepository<ProductAttributeCombination> productAttributeCombinationRepository,
        IRepository<ProductAttributeMapping> productAttributeMappingRepository,
        IRepository<ProductCategory> productCategoryRepository,
        IRepository<ProductManufacturer> productManufacturerRepository,
        IRepository<ProductPicture> productPictureRepository,
        IRepository<ProductProductTagMapping> productTagMappingRepository,
        IRepository<ProductSpecificationAttribute> productSpecificationAttributeRepository,
        IRepository<ProductTag> productTagRepository,
        IRepository<ProductVideo> productVideoRepository,
        IRepository<ProductWarehouseInventory> productWarehouseInventoryRepository,
        IRepository<RelatedProduct> relatedProductRepository,
        IRepository<Shipment> shipmentRepository,
        IRepository<StockQuantityHistory> stockQuantityHistoryRepository,
        IRepository<TierPrice> tierPriceRepository,
        ISearchPluginManager searchPluginManager,
        IStaticCacheManager staticCacheManager,
        IVendorService vendorService,
        IStoreMappingService storeMappingService,
        IWorkContext workContext,
        LocalizationSettings localizationSettings,
        ProductServiceOverrides overrides)
        : base(catalogSettings, aclService, customerService, dateRangeService, languageService, localizationService,
            productAttributeParser, productAttributeService, categoryRepository, crossSellProductRepository,
            discountProductMappingRepository, localizedPropertyRepository, manufacturerRepository, productRepository,
            productAttributeCombinationRepository, productAttributeMappingRepository, productCategoryRepository,
            productManufacturerRepository, productPictureRepository, productTagMappingRepository,
            productSpecificationAttributeRepository, productTagRepository, productVideoRepository,
            productWarehouseInventoryRepository, relatedProductRepository, shipmentRepository,
            stockQuantityHistoryRepository, tierPriceRepository, searchPluginManager, staticCacheManager,
            vendorService, storeMappingService, workContext, localizationSettings)
    {
        _overrides = overrides;
    }

    protected override async Task<string> GetStockMessageAsync(Product product) =>
        await _overrides.GetStockMessageAsync(product, p => GetTotalStockQuantityAsync(p)) ?? await base.GetStockMessageAsync(product);

    protected override async Task<string> GetStockMessageForAttributesAsync(Product product, string attributesXml) =>
        await _overrides.GetStockMessageForAttributesAsync(product, attributesXml) ?? await base.GetStockMessageForAttributesAsync(product, attributesXml);

    protected override async Task ApplyLowStockActivityAsync(Product product, int totalStock)
    {
        if (!await _overrides.ApplyLowStockActivityAsync(product, totalStock))
            await base.ApplyLowStockActivityAsync(product, totalStock);
    }

    public override async Task AdjustInventoryAsync(Product product, int quantityToChange, string attributesXml = "", string message = "")
    {
        var change = await _overrides.AdjustStockAtomicallyAsync(product, quantityToChange, attributesXml, message);
        using (AtomicStockWriteGuard.Begin(change))
        using (AttachedStockScope.Enter(product.Id, attributesXml, quantityToChange))
            await base.AdjustInventoryAsync(product, quantityToChange, attributesXml, message);
    }

    protected override async Task ReserveInventoryAsync(Product product, int quantity)
    {
        if (!await _overrides.SkipWarehouseReservationAsync(product))
            await base.ReserveInventoryAsync(product, quantity);
    }

    protected override async Task UnblockReservedInventoryAsync(Product product, int quantity)
    {
        if (!await _overrides.SkipWarehouseReservationAsync(product))
            await base.UnblockReservedInventoryAsync(product, quantity);
    }

    public override async Task UpdateProductAsync(Product product)
    {
        if (!await _overrides.SkipEntityWriteAsync(product))
            await base.UpdateProductAsync(product);
    }
}
