using Nop.Core;

namespace Nop.Plugin.Inventory.Backorders.Domain;

/// <summary>
/// The ledger: how much of one order line was backordered when the order was placed, and how much of that has since been allocated from stock.
/// </summary>
public class OrderItemBackorder : BaseEntity
{
    public int OrderId { get; set; }
    public int OrderItemId { get; set; }
    public int ProductId { get; set; }
    public int QuantityOrdered { get; set; }
    public int QuantityBackordered { get; set; }
    public int QuantityAllocated { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public DateTime UpdatedOnUtc { get; set; }
}
