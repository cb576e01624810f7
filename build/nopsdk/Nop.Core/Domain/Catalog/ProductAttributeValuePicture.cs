namespace Nop.Core.Domain.Catalog;

public partial class ProductAttributeValuePicture : BaseEntity;
