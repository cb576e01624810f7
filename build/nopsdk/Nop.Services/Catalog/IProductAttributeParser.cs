using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

// Subset the plugin calls.
public partial interface IProductAttributeParser
{
    Task<ProductAttributeCombination> FindProductAttributeCombinationAsync(Product product,
        string attributesXml, bool ignoreNonCombinableAttributes = true);
}
