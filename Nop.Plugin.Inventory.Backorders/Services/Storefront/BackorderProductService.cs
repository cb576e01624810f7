using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Data;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Services.Shipping.Date;
using Nop.Services.Stores;
using Nop.Services.Vendors;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// nopCommerce's product service with the plugin's storefront behaviour: availability messages that honour the
/// backorder policy (also for attribute combinations), a low-stock activity that does not block backorders, and
/// single-warehouse stock changes made atomically in the database.
/// </summary>
public class BackorderProductService : ProductService
{
    private readonly IAtomicStockService _atomicStockService;
    private readonly IEventPublisher _eventPublisher;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IBackorderInventoryService _inventoryService;

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
        IAtomicStockService atomicStockService,
        IEventPublisher eventPublisher,
        IHttpContextAccessor httpContextAccessor,
        IBackorderInventoryService inventoryService)
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
        _atomicStockService = atomicStockService;
        _eventPublisher = eventPublisher;
        _httpContextAccessor = httpContextAccessor;
        _inventoryService = inventoryService;
    }

    protected override async Task<string> GetStockMessageAsync(Product product)
    {
        var basis = StockSource.For(product, await GetTotalStockQuantityAsync(product));
        if (basis is not { } stock)
            return await base.GetStockMessageAsync(product);

        return await _inventoryService.GetStockMessageAsync(product, stock.Available, stock.Policy, await EnteredQuantityAsync(product));
    }

    /// <summary>
    /// On the product page's availability refresh (nopCommerce's attribute-change request, which posts the product form),
    /// the quantity the customer entered, so the message can say how it splits; 0 elsewhere.
    /// </summary>
    private async Task<int> EnteredQuantityAsync(Product product)
    {
        var request = _httpContextAccessor.HttpContext?.Request;
        if (request is null || !HttpMethods.IsPost(request.Method) || await PostedForm.ReadAsync(request) is not { } field)
            return 0;

        return EnteredQuantityForm.Parse(product.Id, field);
    }

    protected override async Task<string> GetStockMessageForAttributesAsync(Product product, string attributesXml)
    {
        // nopCommerce ignores the policy for combinations and never tells the customer; a combination behaves like a product here.
        var combination = await _productAttributeParser.FindProductAttributeCombinationAsync(product, attributesXml);
        if (StockSource.For(product, totalStock: 0, combination) is not { } stock)
            return await base.GetStockMessageForAttributesAsync(product, attributesXml);

        return await _inventoryService.GetStockMessageAsync(product, stock.Available, stock.Policy, await EnteredQuantityAsync(product));
    }

    protected override Task ApplyLowStockActivityAsync(Product product, int totalStock) =>
        _inventoryService.ApplyLowStockActivityAsync(product, totalStock);

    public override async Task AdjustInventoryAsync(Product product, int quantityToChange, string attributesXml = "", string message = "")
    {
        ArgumentNullException.ThrowIfNull(product);

        if (quantityToChange == 0 || product.ManageInventoryMethod != ManageInventoryMethod.ManageStock || product.UseMultipleWarehouses)
        {
            await base.AdjustInventoryAsync(product, quantityToChange, attributesXml, message);
            return;
        }

        // Change the stock in one statement, then let nopCommerce do the rest (history, low-stock activity, e-mails,
        // bundles) from the value that statement produced: nopCommerce adds the change to the value before it.
        var stockAfter = await _atomicStockService.AddToProductStockAsync(product.Id, quantityToChange);
        product.StockQuantity = stockAfter - quantityToChange;

        using (AtomicStockWriteGuard.Begin(product.Id))
            await base.AdjustInventoryAsync(product, quantityToChange, attributesXml, message);
    }

    public override async Task UpdateProductAsync(Product product)
    {
        if (product is not null && AtomicStockWriteGuard.TryConsume(product.Id))
        {
            // The new stock is already in the database; caches still learn of the update.
            await _eventPublisher.PublishAsync(new EntityUpdatedEvent<Product>(product));
            return;
        }

        await base.UpdateProductAsync(product);
    }
}
