using Nop.Core.Domain.Orders;
using Nop.Services.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// Records a placed order line in the ledger. nopCommerce publishes this right after it adjusted the line's stock, which
/// is when the plugin captured how much of the line was backordered (<see cref="BackorderCaptures"/>); now the order item
/// is known. A line fully in stock costs no statement; a backordered line one insert.
/// </summary>
public class OrderItemMovedConsumer : IConsumer<ShoppingCartItemMovedToOrderItemEvent>
{
    private readonly BackorderCaptures _captures;
    private readonly IBackordersInstalled _installed;
    private readonly IBackorderLedgerService _ledgerService;

    public OrderItemMovedConsumer(BackorderCaptures captures, IBackordersInstalled installed, IBackorderLedgerService ledgerService)
    {
        _captures = captures;
        _installed = installed;
        _ledgerService = ledgerService;
    }

    public async Task HandleEventAsync(ShoppingCartItemMovedToOrderItemEvent eventMessage)
    {
        if (eventMessage?.ShoppingCartItem is not { } line || eventMessage.OrderItem is not { } orderItem || !await _installed.IsInstalledAsync())
            return;

        if (_captures.Take(line.ProductId, line.AttributesXml, line.Quantity) is { QuantityBackordered: > 0 } capture)
            await _ledgerService.RecordBackorderedLineAsync(orderItem, capture);
    }
}
