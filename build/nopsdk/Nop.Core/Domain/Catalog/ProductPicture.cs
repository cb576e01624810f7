namespace Nop.Core.Domain.Catalog;

public partial class ProductPicture : BaseEntity;
