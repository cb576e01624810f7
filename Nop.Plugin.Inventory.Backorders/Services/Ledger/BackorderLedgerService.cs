using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

public class BackorderLedgerService : IBackorderLedgerService
{
    private readonly IEventPublisher _eventPublisher;
    private readonly IRepository<OrderItemBackorder> _ledgerRepository;

    public BackorderLedgerService(IEventPublisher eventPublisher, IRepository<OrderItemBackorder> ledgerRepository)
    {
        _eventPublisher = eventPublisher;
        _ledgerRepository = ledgerRepository;
    }

    public async Task<OrderItemBackorder> RecordBackorderedLineAsync(OrderItem orderItem, LineCapture capture)
    {
        ArgumentNullException.ThrowIfNull(orderItem);
        ArgumentNullException.ThrowIfNull(capture);

        if (capture.QuantityBackordered <= 0)
            return null;

        var now = DateTime.UtcNow;
        var row = new OrderItemBackorder
        {
            OrderId = orderItem.OrderId,
            OrderItemId = orderItem.Id,
            ProductId = capture.ProductId,
            CombinationId = capture.CombinationId,
            WarehouseId = capture.WarehouseId,
            QuantityOrdered = capture.QuantityOrdered,
            QuantityPerItem = Math.Max(1, capture.QuantityPerItem),
            QuantityBackordered = Math.Min(capture.QuantityBackordered, capture.QuantityOrdered),
            Status = BackorderLineStatus.Open,
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        };
        await _ledgerRepository.InsertAsync(row);

        await _eventPublisher.PublishAsync(new BackorderLineBackorderedEvent(row.Id, row.OrderId, row.OrderItemId, row.ProductId,
            row.CombinationId, row.WarehouseId, row.QuantityOrdered, row.QuantityBackordered, row.QuantityOrdered - row.QuantityBackordered));
        return row;
    }
}
