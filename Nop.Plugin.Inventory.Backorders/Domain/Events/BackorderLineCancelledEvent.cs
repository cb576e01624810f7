namespace Nop.Plugin.Inventory.Backorders.Domain.Events;

/// <summary>Why units that waited for stock stopped waiting without being filled.</summary>
public enum BackorderCancelReason
{
    OrderCancelled = 10,
    OrderDeleted = 20,
    ItemDeleted = 30,
    QuantityReduced = 40
}

/// <summary>
/// Published when units of a backordered order line stop waiting without stock: the order was cancelled or deleted, the
/// item deleted, or its quantity edited down. <paramref name="QuantityCancelledNow"/> units no longer wait; the other
/// quantities are the line's afterwards.
/// </summary>
public record BackorderLineCancelledEvent(int OrderId, int OrderItemId, int ProductId, int? CombinationId, int? WarehouseId,
    int QuantityCancelledNow, BackorderCancelReason Reason, int QuantityOrdered, int QuantityBackordered, int QuantityFilled,
    int QuantityCancelled, BackorderLineStatus Status)
{
    public int QuantityOpen => QuantityBackordered - QuantityFilled - QuantityCancelled;
}
