namespace Nop.Core.Domain.Catalog;

public partial class ProductTag : BaseEntity;
