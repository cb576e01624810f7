namespace Nop.Plugin.Inventory.Backorders.Domain.Events;

/// <summary>
/// Published when an order line with a backordered part is recorded in the ledger (once per line, when the order is placed),
/// for every policy ("do not tell customers" included).
/// </summary>
/// <param name="LedgerRowId">The <see cref="OrderItemBackorder"/> row.</param>
/// <param name="CombinationId">The attribute combination whose stock the line used, if any.</param>
/// <param name="WarehouseId">The warehouse holding the backordered part (multiple warehouses), if any.</param>
/// <param name="QuantityFromStock">Units of the line covered by stock when it was placed.</param>
public record BackorderLineBackorderedEvent(int LedgerRowId, int OrderId, int OrderItemId, int ProductId, int? CombinationId, int? WarehouseId,
    int QuantityOrdered, int QuantityBackordered, int QuantityFromStock);
