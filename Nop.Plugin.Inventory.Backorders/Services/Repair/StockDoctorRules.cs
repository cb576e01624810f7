using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Repair;

/// <summary>What the doctor knows about one product (what its set-based queries read from Product and the plugin's record).</summary>
public sealed record StockDoctorProductFacts(
    BackorderMode Policy,
    bool FollowsDefault,
    BackorderMode DefaultPolicy,
    ManageInventoryMethod ManageInventoryMethod,
    bool DisableBuyButton,
    bool DisableWishlistButton,
    bool Published,
    bool DisplayStockAvailability,
    LowStockFlags RecordedFlags,
    int TotalStock,
    int EffectiveLimit);

/// <summary>What the doctor knows about one attribute combination and its product.</summary>
public sealed record StockDoctorCombinationFacts(
    BackorderMode ProductPolicy,
    bool ProductFollowsDefault,
    BackorderMode DefaultPolicy,
    ManageInventoryMethod ManageInventoryMethod,
    bool AllowOutOfStockOrders,
    bool FollowsProduct);

/// <summary>
/// The doctor's rules, one place: which reasons apply to a product or combination, who caused each, which are fixed
/// by default. The set-based queries (<see cref="StockDoctorStatements"/>) say the same in SQL; data tests hold them equal.
/// </summary>
public static class StockDoctorRules
{
    public static IReadOnlyList<StockDoctorReason> All { get; } = Enum.GetValues<StockDoctorReason>();

    public static IReadOnlyList<StockDoctorReason> ProductReasons { get; } =
        All.Where(r => !IsCombinationReason(r)).ToList();

    public static bool IsCombinationReason(StockDoctorReason reason) =>
        reason is StockDoctorReason.CombinationNotFollowingProduct or StockDoctorReason.CombinationSetByAdmin;

    public static StockDoctorCause CauseOf(StockDoctorReason reason) => reason switch
    {
        StockDoctorReason.BuyButtonDisabledByLowStock or StockDoctorReason.UnpublishedByLowStock => StockDoctorCause.LowStockActivity,
        StockDoctorReason.DefaultNotApplied or StockDoctorReason.CombinationNotFollowingProduct => StockDoctorCause.Plugin,
        StockDoctorReason.BackorderLimitUsedUp => StockDoctorCause.Stock,
        _ => StockDoctorCause.Admin
    };

    public static bool CanFix(StockDoctorReason reason) => CauseOf(reason) != StockDoctorCause.Stock;

    /// <summary>Whether the fix lifts low-stock flags (buttons enabled, published again), whoever set them.</summary>
    public static bool LiftsFlags(StockDoctorReason reason) =>
        reason is StockDoctorReason.BuyButtonDisabledByLowStock or StockDoctorReason.UnpublishedByLowStock
            or StockDoctorReason.BuyButtonDisabledByAdmin or StockDoctorReason.UnpublishedByAdmin;

    /// <summary>What the low-stock activity or the plugin set is fixed unless the merchant unticks it; an admin's choice only when ticked.</summary>
    public static bool FixedByDefault(StockDoctorReason reason) =>
        CauseOf(reason) is StockDoctorCause.LowStockActivity or StockDoctorCause.Plugin;

    /// <summary>The reasons a fix touches: the ticked ones when the merchant ticked any, else the defaults; never one that cannot be fixed.</summary>
    public static IReadOnlyList<StockDoctorReason> ReasonsToFix(IEnumerable<StockDoctorReason> ticked)
    {
        var chosen = ticked?.Where(Enum.IsDefined).Distinct().ToList() ?? [];
        return (chosen.Count > 0 ? chosen : All.Where(FixedByDefault)).Where(CanFix).Order().ToList();
    }

    public static BackorderMode EffectivePolicy(BackorderMode policy, bool followsDefault, BackorderMode defaultPolicy) =>
        Policy.EffectivePolicy.ForProduct(followsDefault, policy, defaultPolicy);

    /// <summary>Every reason that applies to a product (not deleted); none when its effective policy does not allow backorders.</summary>
    public static IReadOnlyList<StockDoctorReason> Diagnose(StockDoctorProductFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var effective = EffectivePolicy(f.Policy, f.FollowsDefault, f.DefaultPolicy);
        if (!Policy.EffectivePolicy.AllowsBackorders(effective))
            return [];

        var reasons = new List<StockDoctorReason>();
        if (f.DisableBuyButton || f.DisableWishlistButton)
            reasons.Add(f.RecordedFlags.HasFlag(LowStockFlags.BuyButtonDisabled)
                ? StockDoctorReason.BuyButtonDisabledByLowStock
                : StockDoctorReason.BuyButtonDisabledByAdmin);

        if (!f.Published)
            reasons.Add(f.RecordedFlags.HasFlag(LowStockFlags.Unpublished)
                ? StockDoctorReason.UnpublishedByLowStock
                : StockDoctorReason.UnpublishedByAdmin);

        if (f.FollowsDefault && f.Policy != f.DefaultPolicy)
            reasons.Add(StockDoctorReason.DefaultNotApplied);

        if (f.ManageInventoryMethod == ManageInventoryMethod.DontManageStock)
            reasons.Add(StockDoctorReason.InventoryNotManaged);
        else if (effective == BackorderMode.AllowQtyBelow0AndNotifyCustomer && !f.DisplayStockAvailability)
            reasons.Add(StockDoctorReason.StockAvailabilityHidden);

        if (f.ManageInventoryMethod == ManageInventoryMethod.ManageStock && f.EffectiveLimit != BackorderLimit.Unlimited &&
            BackorderLimit.MaximumOrderable(effective, f.TotalStock, f.EffectiveLimit) == 0)
            reasons.Add(StockDoctorReason.BackorderLimitUsedUp);

        return reasons.Order().ToList();
    }

    /// <summary>The reason that applies to an attribute combination, or null.</summary>
    public static StockDoctorReason? Diagnose(StockDoctorCombinationFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var effective = EffectivePolicy(f.ProductPolicy, f.ProductFollowsDefault, f.DefaultPolicy);
        if (!Policy.EffectivePolicy.AllowsBackorders(effective) || f.ManageInventoryMethod != ManageInventoryMethod.ManageStockByAttributes ||
            f.AllowOutOfStockOrders)
            return null;

        return f.FollowsProduct ? StockDoctorReason.CombinationNotFollowingProduct : StockDoctorReason.CombinationSetByAdmin;
    }

    /// <summary>Locale resource (after the plugin's prefix) naming the reason in the merchant's words.</summary>
    public static string ReasonResource(StockDoctorReason reason) => "Doctor.Reason." + reason;

    /// <summary>Locale resource of what the fix changes (dry run), also the stock-history note written per product.</summary>
    public static string ChangeResource(StockDoctorReason reason) => "Doctor.Change." + reason;

    public static string CauseResource(StockDoctorCause cause) => "Doctor.Cause." + cause;
}
