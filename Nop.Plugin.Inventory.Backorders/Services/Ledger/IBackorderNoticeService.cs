namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>The ledger's e-mails, each a nopCommerce message template the merchant edits (see BackorderMessageTemplates).</summary>
public interface IBackorderNoticeService
{
    /// <summary>To the store owner, when the order placed has backordered lines (setting NotifyStoreOwnerOfBackorderedOrders).</summary>
    Task OrderPlacedAsync(int orderId);

    /// <summary>To the customer, when lines of the order were just filled and nothing of it waits any more (setting NotifyCustomerWhenBackordersFilled, off by default).</summary>
    Task LinesFilledAsync(int orderId);
}
