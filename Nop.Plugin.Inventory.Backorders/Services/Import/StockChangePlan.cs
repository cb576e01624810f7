using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>A product's stock fields and its plugin record (read in one query; null record fields: no record).</summary>
public sealed record ProductStock
{
    public int Id { get; init; }
    public string Sku { get; init; }
    public int VendorId { get; init; }
    public int StockQuantity { get; init; }
    public int MinStockQuantity { get; init; }
    public ManageInventoryMethod ManageInventoryMethod { get; init; }
    public BackorderMode BackorderMode { get; init; }
    public bool AllowBackInStockSubscriptions { get; init; }
    public bool DisableBuyButton { get; init; }
    public bool DisableWishlistButton { get; init; }
    public bool Published { get; init; }
    /// <summary>The plugin record's Id; null: no record.</summary>
    public int? RecordId { get; init; }
    public bool HasRecord => RecordId.HasValue;
    public bool UsesDefaultPolicy { get; init; } = true;
    public int? BackorderLimit { get; init; }
    public DateTime? ExpectedRestockDate { get; init; }
    public LowStockFlags LowStockFlags { get; init; }

    /// <summary>Whether the plugin needs a record to remember this state (no record means: follows the default, nothing else).</summary>
    public bool NeedsRecord => !UsesDefaultPolicy || BackorderLimit.HasValue || ExpectedRestockDate.HasValue || LowStockFlags != LowStockFlags.None;

    public bool ProductEquals(ProductStock other) =>
        StockQuantity == other.StockQuantity && MinStockQuantity == other.MinStockQuantity && ManageInventoryMethod == other.ManageInventoryMethod &&
        BackorderMode == other.BackorderMode && AllowBackInStockSubscriptions == other.AllowBackInStockSubscriptions &&
        DisableBuyButton == other.DisableBuyButton && DisableWishlistButton == other.DisableWishlistButton && Published == other.Published;

    public bool RecordEquals(ProductStock other) =>
        UsesDefaultPolicy == other.UsesDefaultPolicy && BackorderLimit == other.BackorderLimit &&
        ExpectedRestockDate?.Date == other.ExpectedRestockDate?.Date && LowStockFlags == other.LowStockFlags;
}

/// <summary>An attribute combination's stock fields, its product's policy and whether it keeps its own "allow out of stock".</summary>
public sealed record CombinationStock
{
    public int Id { get; init; }
    public int ProductId { get; init; }
    public string Sku { get; init; }
    public int StockQuantity { get; init; }
    public bool AllowOutOfStockOrders { get; init; }
    public BackorderMode ProductBackorderMode { get; init; }
    public bool HasOwnSetting { get; init; }
}

/// <summary>What one row does to a product: the state before and after. Pure: the same row on the new state changes nothing.</summary>
public sealed record ProductStockChange(ProductStock Before, ProductStock After)
{
    public bool ProductChanged => !Before.ProductEquals(After);
    public bool RecordChanged => !Before.RecordEquals(After) && (Before.HasRecord || After.NeedsRecord);
    public bool Changed => ProductChanged || RecordChanged;
    public bool PolicyChanged => Before.BackorderMode != After.BackorderMode || Before.UsesDefaultPolicy != After.UsesDefaultPolicy;
    public bool StockRose => After.StockQuantity > Before.StockQuantity;

    public static ProductStockChange Plan(StockRow row, ProductStock current, BackorderMode defaultMode)
    {
        // The policy goes through the plugin's rules: a backorders value is the product's own choice, use_config_backorders=1
        // (UseDefaultBackorders) makes it follow the store default and wins over a backorders value on the same row.
        var usesDefault = row.UseDefaultBackorders ?? (row.Backorders.HasValue ? false : current.UsesDefaultPolicy);
        var ownPolicy = row.UseDefaultBackorders == true ? (BackorderMode?)null : row.Backorders ?? current.BackorderMode;
        var choice = new ProductPolicyChoice(usesDefault, ownPolicy, row.BackorderLimit ?? current.BackorderLimit,
            row.ExpectedRestockDate ?? current.ExpectedRestockDate);
        var plan = ProductChoicePlan.For(current.Id, choice, current.BackorderMode, current.LowStockFlags, defaultMode);

        // Only the columns present change: without a policy column the policy (and what it lifts) stays as it is.
        if (row.Backorders is null && row.UseDefaultBackorders is null)
            plan = plan with { Policy = current.BackorderMode, Lift = LowStockFlags.None };

        // is_in_stock=1: make it purchasable, whatever the policy: lift what the low-stock activity set (never what an admin set).
        var lift = row.IsInStock == true ? current.LowStockFlags : plan.Lift;
        var buyButton = lift.HasFlag(LowStockFlags.BuyButtonDisabled);

        return new ProductStockChange(current, current with
        {
            StockQuantity = row.Quantity ?? current.StockQuantity,
            MinStockQuantity = row.UseConfigMinimumQuantity == true ? current.MinStockQuantity : row.MinimumQuantity ?? current.MinStockQuantity,
            ManageInventoryMethod = ManageInventory(row, current.ManageInventoryMethod),
            BackorderMode = plan.Policy,
            AllowBackInStockSubscriptions = row.AllowBackInStockSubscriptions ?? current.AllowBackInStockSubscriptions,
            DisableBuyButton = buyButton ? false : current.DisableBuyButton,
            DisableWishlistButton = buyButton ? false : current.DisableWishlistButton,
            Published = lift.HasFlag(LowStockFlags.Unpublished) || current.Published,
            UsesDefaultPolicy = usesDefault,
            BackorderLimit = choice.BackorderLimit,
            ExpectedRestockDate = choice.ExpectedRestockDate,
            LowStockFlags = current.LowStockFlags & ~lift
        });
    }

    /// <summary>
    /// nopCommerce's method wins when given. Magento's manage_stock=1 and use_config_manage_stock=1 (Magento's default
    /// configuration manages stock) mean "managed": a product tracked by attributes stays so; manage_stock=0 stops tracking.
    /// </summary>
    public static ManageInventoryMethod ManageInventory(StockRow row, ManageInventoryMethod current)
    {
        if (row.ManageInventoryMethod is { } method)
            return method;

        var managed = row.UseConfigManageStock == true ? true : row.ManageStock;
        return managed switch
        {
            true => current == ManageInventoryMethod.DontManageStock ? ManageInventoryMethod.ManageStock : current,
            false => ManageInventoryMethod.DontManageStock,
            null => current
        };
    }
}

/// <summary>
/// What one row does to an attribute combination: its stock, and its "allow out of stock orders" through the plugin's
/// rule (use_config_backorders=1: follow the product's policy; a backorders value: its own). Fields that only products
/// have are not applied to combinations.
/// </summary>
public sealed record CombinationStockChange(CombinationStock Before, CombinationStock After)
{
    public bool Changed => Before != After;
    public bool StockRose => After.StockQuantity > Before.StockQuantity;

    public static CombinationStockChange Plan(StockRow row, CombinationStock current)
    {
        var after = current with { StockQuantity = row.Quantity ?? current.StockQuantity };
        if (row.UseDefaultBackorders == true)
            after = after with { HasOwnSetting = false, AllowOutOfStockOrders = EffectivePolicy.CombinationAllowsOutOfStockOrders(current.ProductBackorderMode) };
        else if (row.Backorders is { } mode)
            after = after with { HasOwnSetting = true, AllowOutOfStockOrders = EffectivePolicy.AllowsBackorders(mode) };

        return new CombinationStockChange(current, after);
    }
}
