using Nop.Core.Configuration;
using Nop.Core.Domain.Catalog;

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
}
