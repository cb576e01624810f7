using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// Whether the customer's order page notes a line as backordered ("2 of 5 on backorder"): only on the customer's own
/// order, only when the product's policy tells customers, and only while part of the line still waits for stock.
/// </summary>
public static class CustomerBackorderNote
{
    /// <summary>The quantity to show as still on backorder, or null when the page shows nothing for the line.</summary>
    public static int? OnBackorder(OpenBackorderRow line, int currentCustomerId)
    {
        if (line is null || currentCustomerId <= 0 || line.CustomerId != currentCustomerId)
            return null;
        if ((BackorderMode)line.BackorderModeId != BackorderMode.AllowQtyBelow0AndNotifyCustomer)
            return null;
        if (line.Status is Domain.BackorderLineStatus.Cancelled)
            return null;

        var open = line.QuantityOpen;
        return open > 0 ? Math.Min(open, line.QuantityOrdered) : null;
    }
}
