namespace Nop.Core.Domain.Shipping;

public partial class Shipment : BaseEntity
{
    public int OrderId { get; set; }
}
