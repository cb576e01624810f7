using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>One database statement (or transaction) per stock, whatever the number of waiting lines (<see cref="LedgerStatements"/>).</summary>
public class BackorderFillService : IBackorderFillService
{
    private readonly INopDataProvider _dataProvider;
    private readonly IEventPublisher _eventPublisher;
    private readonly LedgerStatements _statements;

    public BackorderFillService(INopDataProvider dataProvider, IEventPublisher eventPublisher, LedgerStatements statements)
    {
        _dataProvider = dataProvider;
        _eventPublisher = eventPublisher;
        _statements = statements;
    }

    public async Task<IReadOnlyList<BackorderLineFilledEvent>> FillAsync(StockKey key)
    {
        var rows = await _dataProvider.QueryAsync<LedgerLineRow>(_statements.Fill(key));
        var events = rows.Where(r => r.Fill > 0)
            .OrderBy(r => r.OrderId).ThenBy(r => r.Id)
            .Select(r => new BackorderLineFilledEvent(r.OrderId, r.OrderItemId, r.ProductId, r.CombinationId, r.WarehouseId, r.Fill,
                r.QuantityOrdered, r.QuantityBackordered, r.QuantityFilled, r.QuantityCancelled, (BackorderLineStatus)r.StatusId))
            .ToList();

        foreach (var filled in events)
            await _eventPublisher.PublishAsync(filled);
        return events;
    }
}
