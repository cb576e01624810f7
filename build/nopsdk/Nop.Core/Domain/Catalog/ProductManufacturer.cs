namespace Nop.Core.Domain.Catalog;

public partial class ProductManufacturer : BaseEntity;
