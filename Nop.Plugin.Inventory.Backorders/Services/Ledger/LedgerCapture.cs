using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>What the ledger records for an order line, decided at the moment its stock changes.</summary>
public static class LedgerCapture
{
    /// <summary>
    /// The part of a line of <paramref name="quantity"/> units that the stock available just before it
    /// (<paramref name="stockBefore"/>, already lowered by earlier lines and concurrent orders) could not cover.
    /// </summary>
    public static int BackorderedPart(int quantity, int stockBefore)
    {
        if (quantity <= 0)
            return 0;

        return Math.Min(quantity, Math.Max(0, quantity - Math.Max(0, stockBefore)));
    }

    /// <summary>
    /// The lowest stock an order may leave behind: minus the backorder limit when the policy allows backorders and a limit
    /// is set; null when nothing is checked at placement (no limit, or no backorders: nopCommerce's cart check is the gate then).
    /// </summary>
    public static int? LowestStockAllowed(BackorderMode policy, int limit) =>
        EffectivePolicy.AllowsBackorders(policy) && limit != BackorderLimit.Unlimited ? -limit : null;

    /// <summary>
    /// Whether a stock-history message is the one nopCommerce writes when it places an order (also a recurring order's
    /// next cycle): its resource "Admin.StockQuantityHistory.Messages.PlaceOrder" formatted with the order number.
    /// </summary>
    public static bool IsPlacement(string message, string placeOrderFormat)
    {
        if (string.IsNullOrEmpty(message) || string.IsNullOrEmpty(placeOrderFormat))
            return false;

        var hole = placeOrderFormat.IndexOf("{0}", StringComparison.Ordinal);
        if (hole < 0)
            return message == placeOrderFormat;

        var (head, tail) = (placeOrderFormat[..hole], placeOrderFormat[(hole + 3)..]);
        return message.Length > head.Length + tail.Length && message.StartsWith(head, StringComparison.Ordinal)
            && message.EndsWith(tail, StringComparison.Ordinal)
            && int.TryParse(message.AsSpan(head.Length, message.Length - head.Length - tail.Length), out _);
    }
}

/// <summary>
/// What the ledger records for one order item: one line per product whose stock the item took. The item's own product,
/// and the products attached to it through "associated product" attribute values (nopCommerce adjusts each value's
/// product by item quantity × value quantity). Captures of the same product (two values attaching it, or attaching the
/// item's own product) become one line; <see cref="LineCapture.QuantityPerItem"/> keeps how many units of the product
/// one unit of the item takes, so an edit of the item's quantity maps to the line.
/// </summary>
public static class ItemCaptures
{
    public static IReadOnlyList<LineCapture> PerProduct(LineCapture own, IEnumerable<LineCapture> attached, int itemQuantity)
    {
        ArgumentNullException.ThrowIfNull(attached);
        if (itemQuantity <= 0)
            throw new ArgumentOutOfRangeException(nameof(itemQuantity), itemQuantity, "An order item has a positive quantity.");

        var all = (own is null ? [] : new[] { own with { QuantityPerItem = 1 } })
            .Concat(attached.Select(c => c with { QuantityPerItem = Math.Max(1, c.QuantityOrdered / itemQuantity) }));
        return all.GroupBy(c => c.ProductId)
            .Select(g => g.Skip(1).Aggregate(g.First(), (sum, c) => sum with
            {
                QuantityOrdered = sum.QuantityOrdered + c.QuantityOrdered,
                QuantityBackordered = sum.QuantityBackordered + c.QuantityBackordered,
                QuantityPerItem = sum.QuantityPerItem + c.QuantityPerItem,
                CombinationId = sum.CombinationId ?? c.CombinationId,
                WarehouseId = sum.WarehouseId ?? c.WarehouseId
            }))
            .ToList();
    }
}

/// <summary>How nopCommerce's ReserveInventoryAsync spreads a sale over a product's warehouses, one row each.</summary>
/// <param name="FromStock">Units the warehouse had available and now holds for the line.</param>
/// <param name="Backordered">Units reserved there beyond what it had (only ever in the first warehouse).</param>
public readonly record struct WarehouseShare(int RowId, int WarehouseId, int FromStock, int Backordered);

/// <summary>
/// nopCommerce's reservation order, as a rule: warehouses by available (stock − reserved), most first, ties by row
/// Id (nopCommerce leaves ties to the database); each gives what it has available; what none can cover is reserved
/// in the first one. The plugin's atomic statement does the same in the database; this is its reference.
/// </summary>
public static class WarehouseReservationRule
{
    public static IReadOnlyList<WarehouseShare> Plan(IEnumerable<ProductWarehouseInventory> rows, int quantity)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (quantity <= 0)
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A reservation takes a positive quantity.");

        var ordered = rows.OrderByDescending(r => r.StockQuantity - r.ReservedQuantity).ThenBy(r => r.Id).ToList();
        var shares = new List<WarehouseShare>();
        var left = quantity;
        foreach (var row in ordered)
        {
            var take = Math.Min(Math.Max(0, row.StockQuantity - row.ReservedQuantity), left);
            left -= take;
            shares.Add(new WarehouseShare(row.Id, row.WarehouseId, take, 0));
        }

        if (left > 0 && shares.Count > 0)
            shares[0] = shares[0] with { Backordered = left };

        return shares.Where(s => s.FromStock + s.Backordered > 0).ToList();
    }
}

/// <summary>
/// nopCommerce's UnblockReservedInventoryAsync order, as a rule: warehouses by reserved, most first, then by stock, ties
/// by row Id; each releases what it has reserved; what is left is added to the first one's stock. In a share,
/// <see cref="WarehouseShare.FromStock"/> is the units released and <see cref="WarehouseShare.Backordered"/> the units added to stock.
/// </summary>
public static class WarehouseReleaseRule
{
    public static IReadOnlyList<WarehouseShare> Plan(IEnumerable<ProductWarehouseInventory> rows, int quantity)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (quantity <= 0)
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A release gives back a positive quantity.");

        var ordered = rows.OrderByDescending(r => r.ReservedQuantity).ThenByDescending(r => r.StockQuantity).ThenBy(r => r.Id).ToList();
        var shares = new List<WarehouseShare>();
        var left = quantity;
        foreach (var row in ordered)
        {
            var release = Math.Min(Math.Max(0, row.ReservedQuantity), left);
            left -= release;
            shares.Add(new WarehouseShare(row.Id, row.WarehouseId, release, 0));
        }

        if (left > 0 && shares.Count > 0)
            shares[0] = shares[0] with { Backordered = left };

        return shares.Where(s => s.FromStock + s.Backordered > 0).ToList();
    }
}

/// <summary>
/// One line's stock change as the ledger needs it: captured when nopCommerce adjusts the stock for the line, recorded
/// when the line's order item is known (<see cref="OrderItemMovedConsumer"/>).
/// </summary>
/// <param name="StockBefore">The stock available just before the line (for warehouses: the sum of what each had available).</param>
/// <param name="CombinationId">The attribute combination whose stock the line used, if any.</param>
/// <param name="WarehouseId">The warehouse holding the backordered part (multiple warehouses), if any.</param>
/// <param name="IsPlacement">Whether nopCommerce changed the stock to place an order (not to edit one).</param>
/// <param name="AttachedTo">The line this product is attached to through an "associated product" attribute value (nopCommerce
/// adjusted it inside that line's adjustment); null for a line's own product.</param>
/// <param name="QuantityPerItem">Units of this product per unit of the order item: 1 for the item's own product.</param>
public sealed record LineCapture(int ProductId, string AttributesXml, int QuantityOrdered, int QuantityBackordered, int StockBefore,
    int? CombinationId = null, int? WarehouseId = null, bool IsPlacement = true, Storefront.AdjustedLine? AttachedTo = null, int QuantityPerItem = 1)
{
    /// <summary>Units of the line covered by stock.</summary>
    public int QuantityFromStock => QuantityOrdered - QuantityBackordered;
}
