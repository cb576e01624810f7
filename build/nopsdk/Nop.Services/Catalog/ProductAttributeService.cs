using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Media;
using Nop.Data;

namespace Nop.Services.Catalog;

// Declared so the plugin can subclass it: the constructor (bound by signature at run time) and the members it overrides or calls.
public partial class ProductAttributeService : IProductAttributeService
{
    public ProductAttributeService(IRepository<Picture> pictureRepository,
        IRepository<PredefinedProductAttributeValue> predefinedProductAttributeValueRepository,
        IRepository<Product> productRepository,
        IRepository<ProductAttribute> productAttributeRepository,
        IRepository<ProductAttributeCombination> productAttributeCombinationRepository,
        IRepository<ProductAttributeCombinationPicture> productAttributeCombinationPictureRepository,
        IRepository<ProductAttributeMapping> productAttributeMappingRepository,
        IRepository<ProductAttributeValue> productAttributeValueRepository,
        IRepository<ProductAttributeValuePicture> productAttributeValuePictureRepository,
        IRepository<ProductPicture> productPictureRepository,
        IStaticCacheManager staticCacheManager) => throw null;

    public virtual Task<IList<ProductAttributeCombination>> GetAllProductAttributeCombinationsAsync(int productId) => throw null;
    public virtual Task UpdateProductAttributeCombinationAsync(ProductAttributeCombination combination) => throw null;
}
