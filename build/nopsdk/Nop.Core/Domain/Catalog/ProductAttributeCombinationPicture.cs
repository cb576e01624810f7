namespace Nop.Core.Domain.Catalog;

public partial class ProductAttributeCombinationPicture : BaseEntity;
