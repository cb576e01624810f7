using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// What saving the product form's choice does to one product, worked out from what is stored before nopCommerce saves:
/// the policy it had (<paramref name="CurrentPolicy"/>, never the posted field the block's script keeps in step), the
/// policy it must carry and the low-stock flags to lift.
/// </summary>
public record ProductChoicePlan(int ProductId, ProductPolicyChoice Choice, BackorderMode CurrentPolicy, BackorderMode Policy, LowStockFlags Lift)
{
    /// <param name="flagsSetByActivity">The flags nopCommerce's low-stock activity set (the product's record), lifted when the new policy allows backorders.</param>
    public static ProductChoicePlan For(int productId, ProductPolicyChoice choice, BackorderMode currentPolicy, LowStockFlags flagsSetByActivity,
        BackorderMode defaultMode)
    {
        var policy = EffectivePolicy.ForProduct(choice.UsesDefault, choice.OwnPolicy ?? defaultMode, defaultMode);
        var lift = EffectivePolicy.AllowsBackorders(policy) ? flagsSetByActivity : LowStockFlags.None;
        return new ProductChoicePlan(productId, choice, currentPolicy, policy, lift);
    }
}

/// <summary>
/// Writes that reach a product without the plugin (nopCommerce's XLSX import, the Web API, another plugin) set
/// BackorderModeId directly. A product that follows the default always carries the current default, so after such a
/// write a product that follows the default but carries another policy was given its own: it becomes an explicit choice
/// (the next default change would otherwise silently overwrite it).
/// </summary>
public static class OutsideChange
{
    public static bool MakesOwnChoice(bool followsDefault, BackorderMode carried, BackorderMode currentDefault) =>
        followsDefault && carried != currentDefault;
}
