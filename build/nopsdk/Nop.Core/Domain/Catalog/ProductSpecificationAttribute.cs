namespace Nop.Core.Domain.Catalog;

public partial class ProductSpecificationAttribute : BaseEntity;
