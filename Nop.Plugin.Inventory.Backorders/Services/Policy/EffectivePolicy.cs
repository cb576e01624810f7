using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// Which backorder policy applies to a product or an attribute combination.
/// </summary>
public static class EffectivePolicy
{
    /// <summary>The policy nopCommerce gives a product created without one (admin, import, copy, API).</summary>
    public const BackorderMode NewProductMode = BackorderMode.NoBackorders;

    public static BackorderMode ForProduct(bool usesDefault, BackorderMode ownMode, BackorderMode defaultMode) =>
        usesDefault ? defaultMode : ownMode;

    /// <summary>
    /// A product that arrives without a plugin record follows the default when it carries nopCommerce's new-product
    /// policy; one created with a backorder policy keeps it as its own choice.
    /// </summary>
    public static bool NewProductUsesDefault(BackorderMode createdWith) => createdWith == NewProductMode;

    /// <summary>
    /// A combination may be sold out of stock only when it allows out-of-stock orders; it then tells customers when
    /// its product's policy does. (nopCommerce core never tells customers for combinations.)
    /// </summary>
    public static BackorderMode ForCombination(BackorderMode productPolicy, bool allowOutOfStockOrders)
    {
        if (!allowOutOfStockOrders)
            return BackorderMode.NoBackorders;

        return productPolicy == BackorderMode.AllowQtyBelow0AndNotifyCustomer
            ? BackorderMode.AllowQtyBelow0AndNotifyCustomer
            : BackorderMode.AllowQtyBelow0;
    }

    /// <summary>The value a combination's AllowOutOfStockOrders takes when it follows its product's policy.</summary>
    public static bool CombinationAllowsOutOfStockOrders(BackorderMode productPolicy) => AllowsBackorders(productPolicy);

    public static bool AllowsBackorders(BackorderMode mode) =>
        mode is BackorderMode.AllowQtyBelow0 or BackorderMode.AllowQtyBelow0AndNotifyCustomer;
}
