namespace Nop.Core.Domain.Catalog;

public partial class ProductCategory : BaseEntity;
