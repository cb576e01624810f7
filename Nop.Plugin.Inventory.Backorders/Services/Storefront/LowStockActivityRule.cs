using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>The buy-button and published flags a product should carry after a stock change.</summary>
/// <param name="Set">Flags the low-stock activity sets now.</param>
/// <param name="Lift">Flags to clear: only ones the low-stock activity set earlier.</param>
public readonly record struct LowStockDecision(LowStockFlags Set, LowStockFlags Lift);

/// <summary>
/// nopCommerce's low-stock activity (disable buy button / unpublish at or below the minimum stock) without its flaw:
/// a product whose policy allows backorders is never blocked by it, and flags that it set are lifted again once
/// backorders are allowed. Flags the activity did not set (set by an admin) are never touched.
/// </summary>
public static class LowStockActivityRule
{
    /// <param name="setByActivity">Flags recorded as set by the low-stock activity.</param>
    /// <param name="publishBackWhenAboveMinimum">nopCommerce's CatalogSettings.PublishBackProductWhenCancellingOrders.</param>
    public static LowStockDecision Decide(LowStockActivity activity, BackorderMode policy, int totalStock, int minStockQuantity,
        LowStockFlags setByActivity, bool publishBackWhenAboveMinimum)
    {
        if (EffectivePolicy.AllowsBackorders(policy))
            return new LowStockDecision(LowStockFlags.None, setByActivity);

        var reached = totalStock <= minStockQuantity;
        var flag = activity switch
        {
            LowStockActivity.DisableBuyButton => LowStockFlags.BuyButtonDisabled,
            LowStockActivity.Unpublish => LowStockFlags.Unpublished,
            _ => LowStockFlags.None
        };

        if (reached)
            return new LowStockDecision(flag, LowStockFlags.None);

        // Above the minimum nopCommerce reverts only when the store asks for it; so do we, and only our own flags.
        return new LowStockDecision(LowStockFlags.None, publishBackWhenAboveMinimum ? setByActivity : LowStockFlags.None);
    }

    /// <summary>
    /// For products whose flags predate the plugin (no record): a flag counts as set by the low-stock activity when
    /// it is the one that activity sets and stock is at or below the minimum. The heuristic nopCommerce's data allows.
    /// </summary>
    public static LowStockFlags InferSetByActivity(LowStockActivity activity, bool disableBuyButton, bool published,
        int totalStock, int minStockQuantity)
    {
        if (totalStock > minStockQuantity)
            return LowStockFlags.None;

        return activity switch
        {
            LowStockActivity.DisableBuyButton when disableBuyButton => LowStockFlags.BuyButtonDisabled,
            LowStockActivity.Unpublish when !published => LowStockFlags.Unpublished,
            _ => LowStockFlags.None
        };
    }
}
