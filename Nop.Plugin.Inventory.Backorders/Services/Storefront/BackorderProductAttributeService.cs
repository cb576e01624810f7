using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Media;
using Nop.Data;
using Nop.Services.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// nopCommerce's product attribute service, leaving out the one combination write that an atomic stock change already
/// made (see <see cref="ProductServiceOverrides.AdjustStockAtomicallyAsync"/>); every other write, and everything once the
/// plugin is uninstalled, is nopCommerce's own.
/// </summary>
public class BackorderProductAttributeService : ProductAttributeService
{
    private readonly AtomicCombinationWrite _atomicWrite;

    public BackorderProductAttributeService(IRepository<Picture> pictureRepository,
        IRepository<PredefinedProductAttributeValue> predefinedProductAttributeValueRepository,
        IRepository<Product> productRepository,
        IRepository<ProductAttribute> productAttributeRepository,
        IRepository<ProductAttributeCombination> productAttributeCombinationRepository,
        IRepository<ProductAttributeCombinationPicture> productAttributeCombinationPictureRepository,
        IRepository<ProductAttributeMapping> productAttributeMappingRepository,
        IRepository<ProductAttributeValue> productAttributeValueRepository,
        IRepository<ProductAttributeValuePicture> productAttributeValuePictureRepository,
        IRepository<ProductPicture> productPictureRepository,
        IStaticCacheManager staticCacheManager,
        AtomicCombinationWrite atomicWrite)
        : base(pictureRepository, predefinedProductAttributeValueRepository, productRepository, productAttributeRepository,
            productAttributeCombinationRepository, productAttributeCombinationPictureRepository, productAttributeMappingRepository,
            productAttributeValueRepository, productAttributeValuePictureRepository, productPictureRepository, staticCacheManager)
    {
        _atomicWrite = atomicWrite;
    }

    public override async Task UpdateProductAttributeCombinationAsync(ProductAttributeCombination combination)
    {
        if (!await _atomicWrite.SkipAsync(combination))
            await base.UpdateProductAttributeCombinationAsync(combination);
    }
}
