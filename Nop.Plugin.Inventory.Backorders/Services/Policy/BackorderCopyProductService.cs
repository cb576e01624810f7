using Nop.Core.Domain.Catalog;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Media;
using Nop.Services.Security;
using Nop.Services.Seo;
using Nop.Services.Stores;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// nopCommerce's product copy, plus the plugin's records: the copy keeps the source's policy choice, limit and restock
/// date, and its combinations keep whether they follow the product. Overrides CopyProductAsync (not a wrapper around
/// the interface) because nopCommerce copies a grouped product's associated products by calling it again.
/// </summary>
public class BackorderCopyProductService : CopyProductService
{
    private readonly IBackorderPolicyService _policyService;
    private readonly IBackordersInstalled _installed;

    public BackorderCopyProductService(IAclService aclService,
        ICategoryService categoryService,
        IDownloadService downloadService,
        ILanguageService languageService,
        ILocalizationService localizationService,
        ILocalizedEntityService localizedEntityService,
        IManufacturerService manufacturerService,
        IPictureService pictureService,
        IProductAttributeParser productAttributeParser,
        IProductAttributeService productAttributeService,
        IProductService productService,
        IProductTagService productTagService,
        ISpecificationAttributeService specificationAttributeService,
        IStoreMappingService storeMappingService,
        IUrlRecordService urlRecordService,
        IVideoService videoService,
        IBackorderPolicyService policyService,
        IBackordersInstalled installed)
        : base(aclService, categoryService, downloadService, languageService, localizationService, localizedEntityService,
            manufacturerService, pictureService, productAttributeParser, productAttributeService, productService, productTagService,
            specificationAttributeService, storeMappingService, urlRecordService, videoService)
    {
        _installed = installed;
        _policyService = policyService;
    }

    public override async Task<Product> CopyProductAsync(Product product, string newName,
        bool isPublished = true, bool copyMultimedia = true, bool copyAssociatedProducts = true)
    {
        ArgumentNullException.ThrowIfNull(product);

        // Uninstalled but not yet restarted: the plugin's tables may be gone; nopCommerce copies alone.
        if (!await _installed.IsInstalledAsync())
            return await base.CopyProductAsync(product, newName, isPublished, copyMultimedia, copyAssociatedProducts);

        using var copying = ProductCopy.Begin(product.Id);
        var copy = await base.CopyProductAsync(product, newName, isPublished, copyMultimedia, copyAssociatedProducts);
        await _policyService.CopyProductRecordsAsync(product.Id, copy.Id);
        return copy;
    }
}
