using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>How much of a product may still be ordered under its policy and backorder limit.</summary>
public static class BackorderLimit
{
    /// <summary>0 means no limit.</summary>
    public const int Unlimited = 0;

    /// <summary>The limit in force: the product's own when it has one, else the default.</summary>
    public static int Effective(int? productLimit, int defaultLimit)
    {
        var limit = productLimit ?? defaultLimit;
        if (limit < 0)
            throw new ArgumentOutOfRangeException(nameof(productLimit), limit, "A backorder limit cannot be negative.");

        return limit;
    }

    /// <summary>
    /// The largest quantity that can still be ordered, or null when there is no maximum.
    /// Without backorders that is the stock on hand; with them, stock plus the limit below zero.
    /// </summary>
    public static int? MaximumOrderable(BackorderMode policy, int available, int limit)
    {
        if (!EffectivePolicy.AllowsBackorders(policy))
            return Math.Max(0, available);

        if (limit == Unlimited)
            return null;

        return Math.Max(0, available + limit);
    }

    /// <summary>True when ordering <paramref name="requested"/> more stays within what may be ordered.</summary>
    public static bool Allows(BackorderMode policy, int available, int limit, int requested) =>
        MaximumOrderable(policy, available, limit) is not { } max || requested <= max;

    /// <summary>
    /// When a cart line would take the product past what may be ordered, how many units can still be added
    /// (other lines of the same product already count); null when the line is within the limit.
    /// </summary>
    public static int? RemainingWhenExceeded(int? maximumOrderable, int alreadyInCart, int requested)
    {
        if (maximumOrderable is not { } max || alreadyInCart + requested <= max)
            return null;

        return Math.Max(0, max - alreadyInCart);
    }
}
