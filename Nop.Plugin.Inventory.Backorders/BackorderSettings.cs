using Nop.Core.Configuration;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Documents;

namespace Nop.Plugin.Inventory.Backorders;

/// <summary>
/// Store-wide backorder settings. Products use nopCommerce's own BackorderMode; this is the default they follow.
/// </summary>
public class BackorderSettings : ISettings
{
    /// <summary>The policy of every product that uses the default ("allow quantity below 0" in nopCommerce's words).</summary>
    public BackorderMode DefaultBackorderMode { get; set; } = BackorderMode.NoBackorders;

    /// <summary>How far below zero stock may go by default; 0 means unlimited.</summary>
    public int DefaultBackorderLimit { get; set; }

    /// <summary>Keep the per-order-line backorder records when the plugin is uninstalled.</summary>
    public bool KeepBackorderRecordsOnUninstall { get; set; } = true;

    /// <summary>E-mail the store owner (message template Backorders.OrderPlaced.StoreOwnerNotification) when an order with backordered lines is placed.</summary>
    public bool NotifyStoreOwnerOfBackorderedOrders { get; set; } = true;

    /// <summary>E-mail the customer (message template Backorders.LinesFilled.CustomerNotification) once every backordered line of their order is filled.</summary>
    public bool NotifyCustomerWhenBackordersFilled { get; set; }

    /// <summary>
    /// Item columns of the plugin's invoice/order PDF, comma-separated <see cref="DocumentColumn"/> names in print order.
    /// Empty: nopCommerce's own layout (with the plugin's backorder lines under each item).
    /// </summary>
    public string InvoiceColumns { get; set; } = string.Empty;

    /// <summary>Item columns of the plugin's packaging slip, as <see cref="InvoiceColumns"/>; empty: nopCommerce's own layout.</summary>
    public string PackagingSlipColumns { get; set; } = string.Empty;

    /// <summary>Print "Qty Ordered" where nopCommerce prints "Qty" (resource Pdf.Product.Quantity; restored on uninstall).</summary>
    public bool RenameQuantityToQuantityOrdered { get; set; }

    /// <summary>The pick list's backorder message; tokens in square brackets (see README). Set on install.</summary>
    public string PickListBackorderMessage { get; set; } = string.Empty;

    /// <summary>The pick list's message for lines with nothing backordered; used only when <see cref="PickListMessageOnlyForBackorderedLines"/> is off.</summary>
    public string PickListInStockMessage { get; set; } = string.Empty;

    /// <summary>Print the message only for lines with a backordered quantity (the default).</summary>
    public bool PickListMessageOnlyForBackorderedLines { get; set; } = true;

    public PickListGrouping PickListGrouping { get; set; } = PickListGrouping.ByOrder;
}
