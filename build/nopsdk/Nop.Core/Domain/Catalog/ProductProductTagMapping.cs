namespace Nop.Core.Domain.Catalog;

public partial class ProductProductTagMapping : BaseEntity;
