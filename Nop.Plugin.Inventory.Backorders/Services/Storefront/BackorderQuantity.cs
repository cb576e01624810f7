using Nop.Plugin.Inventory.Backorders.Services.Policy;
namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>How a requested quantity splits into what stock covers and what is backordered.</summary>
public readonly record struct BackorderSplit(int InStock, int Backordered);

public static class BackorderQuantity
{
    /// <summary>
    /// Splits <paramref name="requested"/> against the stock available before it is taken
    /// (which may be negative once earlier orders were backordered).
    /// </summary>
    public static BackorderSplit Split(int availableBefore, int requested)
    {
        if (requested < 0)
            throw new ArgumentOutOfRangeException(nameof(requested), requested, "A requested quantity cannot be negative.");

        var inStock = Math.Clamp(availableBefore, 0, requested);
        return new BackorderSplit(inStock, requested - inStock);
    }

    /// <summary>
    /// How much of a line was backordered, from the stock after the line was taken: the same as splitting
    /// against <c>stockAfter + quantity</c>.
    /// </summary>
    public static int BackorderedByLine(int stockAfter, int quantity) => Split(stockAfter + quantity, quantity).Backordered;
}
