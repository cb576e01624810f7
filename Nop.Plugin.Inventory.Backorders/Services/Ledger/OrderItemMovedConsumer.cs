using Nop.Core.Domain.Orders;
using Nop.Services.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// Records a placed order line in the ledger. nopCommerce publishes this right after it adjusted the line's stock, which
/// is when the plugin captured how much of the line was backordered (<see cref="BackorderCaptures"/>); now the order item
/// is known. A line fully in stock costs no statement; a backordered line one insert. Products attached to the line
/// through "associated product" attribute values get a line of their own for the same order item (<see cref="ItemCaptures"/>).
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

        var own = _captures.Take(line.ProductId, line.AttributesXml, line.Quantity);
        var attached = _captures.TakeAttached(line.ProductId, line.AttributesXml, line.Quantity);

        // The line's own product and those attached through "associated product" attribute values: a line each, for the same order item.
        foreach (var capture in ItemCaptures.PerProduct(own, attached, line.Quantity).Where(c => c.QuantityBackordered > 0))
            await _ledgerService.RecordBackorderedLineAsync(orderItem, capture);
    }
}
