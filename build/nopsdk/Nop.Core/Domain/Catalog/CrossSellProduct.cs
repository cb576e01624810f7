namespace Nop.Core.Domain.Catalog;

public partial class CrossSellProduct : BaseEntity;
