using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// One ledger line's quantities and what happens to them through the order's life. Pure: every change the plugin makes
/// to a line goes through here. Always 0 ≤ filled, cancelled; filled + cancelled ≤ backordered ≤ ordered (for a live
/// line); open = backordered − filled − cancelled.
/// </summary>
public readonly record struct LineQuantities(int Ordered, int Backordered, int Filled, int Cancelled, BackorderLineStatus Status)
{
    public int Open => Backordered - Filled - Cancelled;

    public static LineQuantities Of(OrderItemBackorder row) =>
        new(row.QuantityOrdered, row.QuantityBackordered, row.QuantityFilled, row.QuantityCancelled, row.Status);

    /// <summary>A new line: <paramref name="backordered"/> of <paramref name="ordered"/> units wait for stock (clamped to 0..ordered).</summary>
    public static LineQuantities New(int ordered, int backordered)
    {
        ordered = Math.Max(0, ordered);
        backordered = Math.Clamp(backordered, 0, ordered);
        return new LineQuantities(ordered, backordered, 0, 0, StatusFor(backordered, 0, 0, lineCancelled: false));
    }

    /// <summary>Open while units wait; then filled, unless the line itself was cancelled or nothing of it was ever filled.</summary>
    public static BackorderLineStatus StatusFor(int backordered, int filled, int cancelled, bool lineCancelled)
    {
        if (backordered - filled - cancelled > 0)
            return filled > 0 ? BackorderLineStatus.PartlyFilled : BackorderLineStatus.Open;
        return lineCancelled || filled == 0 ? BackorderLineStatus.Cancelled : BackorderLineStatus.Filled;
    }

    public void CopyTo(OrderItemBackorder row)
    {
        row.QuantityOrdered = Ordered;
        row.QuantityBackordered = Backordered;
        row.QuantityFilled = Filled;
        row.QuantityCancelled = Cancelled;
        row.Status = Status;
    }

    /// <summary><paramref name="units"/> of stock go to this line (at most what is open).</summary>
    public LineQuantities Fill(int units)
    {
        var take = Math.Clamp(units, 0, Open);
        if (take == 0)
            return this;
        var filled = Filled + take;
        return this with { Filled = filled, Status = StatusFor(Backordered, filled, Cancelled, lineCancelled: false) };
    }

    /// <summary>The order was cancelled or deleted, or the item deleted: what still waits is cancelled; filled units stay counted.</summary>
    public LineQuantities CancelOpen()
    {
        if (Open <= 0)
            return Status == BackorderLineStatus.Cancelled || Filled > 0 ? this : this with { Status = BackorderLineStatus.Cancelled };
        var cancelled = Cancelled + Open;
        return this with { Cancelled = cancelled, Status = BackorderLineStatus.Cancelled };
    }

    /// <summary>
    /// The line's quantity was edited to <paramref name="newOrdered"/>. Fewer units: the removed units come first from
    /// what still waits, then from units that were in stock at placement, then from filled units; the line then reads as
    /// if it had been ordered that way. More units: <paramref name="newlyBackordered"/> of the added units (what stock could
    /// not cover) wait as well.
    /// </summary>
    public LineQuantities EditQuantity(int newOrdered, int newlyBackordered = 0)
    {
        newOrdered = Math.Max(0, newOrdered);
        if (Status == BackorderLineStatus.Cancelled && Open == 0)
        {
            // A cancelled line follows the edit without coming back to life.
            var backordered = Math.Min(Backordered, newOrdered);
            var cancelled = Math.Min(Cancelled, backordered);
            return this with { Ordered = newOrdered, Backordered = backordered, Cancelled = cancelled, Filled = Math.Min(Filled, backordered - cancelled) };
        }

        if (newOrdered >= Ordered)
        {
            var added = Math.Clamp(newlyBackordered, 0, newOrdered - Ordered);
            var backordered = Backordered + added;
            return this with
            {
                Ordered = newOrdered, Backordered = backordered,
                Status = StatusFor(backordered, Filled, Cancelled, lineCancelled: false)
            };
        }

        var removed = Ordered - newOrdered;
        var fromOpen = Math.Min(removed, Math.Max(0, Open));
        removed -= fromOpen;
        var fromStock = Math.Min(removed, Ordered - Backordered);
        removed -= fromStock;
        var fromFilled = Math.Min(removed, Filled);
        var newBackordered = Backordered - fromOpen - fromFilled;
        var newFilled = Filled - fromFilled;
        var newCancelled = Math.Min(Cancelled, newBackordered - newFilled);
        return this with
        {
            Ordered = newOrdered, Backordered = newBackordered, Filled = newFilled, Cancelled = newCancelled,
            Status = StatusFor(newBackordered, newFilled, newCancelled, lineCancelled: false)
        };
    }
}
