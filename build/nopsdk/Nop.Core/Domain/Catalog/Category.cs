namespace Nop.Core.Domain.Catalog;

public partial class Category : BaseEntity;
