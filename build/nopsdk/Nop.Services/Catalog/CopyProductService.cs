using Nop.Core.Domain.Catalog;
using Nop.Services.Localization;
using Nop.Services.Media;
using Nop.Services.Security;
using Nop.Services.Seo;
using Nop.Services.Stores;

namespace Nop.Services.Catalog;

// Declared so the plugin can subclass it: the constructor (bound by signature at run time) and CopyProductAsync.
public partial class CopyProductService : ICopyProductService
{
    public CopyProductService(IAclService aclService,
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
        IVideoService videoService) => throw null;

    public virtual Task<Product> CopyProductAsync(Product product, string newName,
        bool isPublished = true, bool copyMultimedia = true, bool copyAssociatedProducts = true) => throw null;
}
