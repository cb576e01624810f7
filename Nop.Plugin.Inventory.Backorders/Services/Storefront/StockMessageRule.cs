using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

public enum StockMessageKind
{
    /// <summary>No availability line at all.</summary>
    None,
    InStock,
    LowStock,
    OutOfStock,
    /// <summary>Out of stock, "Available in {range}".</summary>
    AvailableInRange,
    /// <summary>Out of stock and on backorder; the customer is told.</summary>
    Backorder,
    /// <summary>
    /// Stock covers part of the requested quantity, the rest will be backordered; the customer is told (with the numbers
    /// only when <see cref="StockMessage.ShowQuantity"/>: the product displays its stock quantity).
    /// </summary>
    PartlyBackordered
}

/// <summary>What the storefront knows about one product or combination when it words its availability.</summary>
/// <param name="Policy">The effective policy (for a combination: <see cref="EffectivePolicy.ForCombination"/>).</param>
/// <param name="Available">Stock available to sell (product total, warehouse stock minus reserved, or the combination's).</param>
/// <param name="RequestedQuantity">The quantity the customer asks for; 0 on a product page that asks for none.</param>
/// <param name="BackorderLimit">How far below zero stock may go; 0 means unlimited.</param>
public readonly record struct StockSituation(
    BackorderMode Policy,
    int Available,
    bool DisplayStockAvailability,
    bool DisplayStockQuantity,
    int MinStockQuantity,
    LowStockActivity LowStockActivity,
    bool HasAvailabilityRange,
    DateTime? ExpectedRestockDate = null,
    int RequestedQuantity = 0,
    int BackorderLimit = 0);

/// <param name="ShowQuantity">Numbers may be shown (the product displays its stock quantity).</param>
/// <param name="Quantity">The number to show with the message, when <see cref="ShowQuantity"/>.</param>
/// <param name="WithRange">Add the product's availability range ("… ({range})").</param>
/// <param name="ExpectedRestockDate">Add the expected restock date to a backorder message.</param>
public readonly record struct StockMessage(
    StockMessageKind Kind,
    bool ShowQuantity = false,
    int Quantity = 0,
    bool WithRange = false,
    DateTime? ExpectedRestockDate = null,
    int InStock = 0,
    int Backordered = 0);

/// <summary>
/// Chooses the availability message. Follows nopCommerce 4.90's stock message for "manage stock" products and adds:
/// the same rules for attribute combinations, the split of a requested quantity, the backorder limit and the
/// expected restock date. "Do not tell customers" never reveals a backorder; hidden stock quantities stay hidden.
/// </summary>
public static class StockMessageRule
{
    public static StockMessage Decide(StockSituation s)
    {
        if (!s.DisplayStockAvailability)
            return new StockMessage(StockMessageKind.None);

        if (s.Available > 0)
            return InStock(s);

        var limitReached = EffectivePolicy.AllowsBackorders(s.Policy)
            && s.BackorderLimit != BackorderLimit.Unlimited
            && s.Available + s.BackorderLimit <= 0;

        if (s.Policy == BackorderMode.NoBackorders || limitReached)
            return new StockMessage(s.HasAvailabilityRange ? StockMessageKind.AvailableInRange : StockMessageKind.OutOfStock);

        return s.Policy switch
        {
            BackorderMode.AllowQtyBelow0 => new StockMessage(StockMessageKind.InStock),
            BackorderMode.AllowQtyBelow0AndNotifyCustomer => new StockMessage(StockMessageKind.Backorder,
                WithRange: s.HasAvailabilityRange, ExpectedRestockDate: s.ExpectedRestockDate,
                Backordered: s.RequestedQuantity),
            _ => new StockMessage(StockMessageKind.None)
        };
    }

    private static StockMessage InStock(StockSituation s)
    {
        if (s.Policy == BackorderMode.AllowQtyBelow0AndNotifyCustomer && s.RequestedQuantity > s.Available)
        {
            var split = BackorderQuantity.Split(s.Available, s.RequestedQuantity);
            return new StockMessage(StockMessageKind.PartlyBackordered, ShowQuantity: s.DisplayStockQuantity, ExpectedRestockDate: s.ExpectedRestockDate,
                WithRange: s.HasAvailabilityRange, InStock: split.InStock, Backordered: split.Backordered);
        }

        var low = s.MinStockQuantity >= s.Available && s.LowStockActivity == LowStockActivity.Nothing;
        return new StockMessage(low ? StockMessageKind.LowStock : StockMessageKind.InStock,
            ShowQuantity: s.DisplayStockQuantity, Quantity: s.Available);
    }
}
