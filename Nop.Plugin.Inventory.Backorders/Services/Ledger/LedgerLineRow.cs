namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>A ledger line as a fill statement leaves it (quantities after the fill), with the units it got (<see cref="Fill"/>).</summary>
public class LedgerLineRow
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int OrderItemId { get; set; }
    public int ProductId { get; set; }
    public int? CombinationId { get; set; }
    public int? WarehouseId { get; set; }
    public int QuantityOrdered { get; set; }
    public int QuantityBackordered { get; set; }
    public int QuantityFilled { get; set; }
    public int QuantityCancelled { get; set; }
    public int StatusId { get; set; }
    public int Fill { get; set; }
}
