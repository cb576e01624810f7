namespace Nop.Core.Domain.Catalog;

public partial class Manufacturer : BaseEntity;
