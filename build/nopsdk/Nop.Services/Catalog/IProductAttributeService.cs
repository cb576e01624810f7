using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

// Subset the plugin calls.
public partial interface IProductAttributeService
{
    Task<IList<ProductAttributeCombination>> GetAllProductAttributeCombinationsAsync(int productId);
    Task UpdateProductAttributeCombinationAsync(ProductAttributeCombination combination);
}
