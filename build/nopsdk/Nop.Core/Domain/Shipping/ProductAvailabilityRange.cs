namespace Nop.Core.Domain.Shipping;

public partial class ProductAvailabilityRange : BaseEntity
{
    public string Name { get; set; }
    public int DisplayOrder { get; set; }
}
