namespace Nop.Core.Domain.Catalog;

public partial class TierPrice : BaseEntity;
