using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

public partial interface ICopyProductService
{
    Task<Product> CopyProductAsync(Product product, string newName,
        bool isPublished = true, bool copyMultimedia = true, bool copyAssociatedProducts = true);
}
