namespace Nop.Core.Domain.Catalog;

public partial class RelatedProduct : BaseEntity;
