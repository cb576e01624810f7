namespace Nop.Core.Domain.Shipping;

public partial class Shipment : BaseEntity;
