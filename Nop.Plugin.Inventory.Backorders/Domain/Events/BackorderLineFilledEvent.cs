namespace Nop.Plugin.Inventory.Backorders.Domain.Events;

/// <summary>
/// Published when stock arrived for a backordered order line: <paramref name="QuantityFilledNow"/> units went to it just
/// now; the other quantities are the line's after the fill (<paramref name="Status"/> Filled when nothing waits any more,
/// else PartlyFilled). CombinationId is set when the product keeps stock per attribute combination.
/// </summary>
public record BackorderLineFilledEvent(int OrderId, int OrderItemId, int ProductId, int? CombinationId, int? WarehouseId,
    int QuantityFilledNow, int QuantityOrdered, int QuantityBackordered, int QuantityFilled, int QuantityCancelled,
    BackorderLineStatus Status)
{
    public int QuantityOpen => QuantityBackordered - QuantityFilled - QuantityCancelled;
}
