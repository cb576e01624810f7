namespace Nop.Core.Domain.Catalog;

public partial class ProductVideo : BaseEntity;
