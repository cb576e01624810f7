using Nop.Core.Domain.Orders;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>The backorder ledger (<see cref="OrderItemBackorder"/>): recording lines as orders are placed.</summary>
public interface IBackorderLedgerService
{
    /// <summary>
    /// Records an order line's backordered part (one insert) and publishes <see cref="Domain.Events.BackorderLineBackorderedEvent"/>;
    /// does nothing and returns null when the capture has no backordered part.
    /// </summary>
    Task<OrderItemBackorder> RecordBackorderedLineAsync(OrderItem orderItem, LineCapture capture);
}
