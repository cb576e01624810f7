namespace Nop.Core.Domain.Catalog;

public partial class ProductAttributeMapping : BaseEntity;
