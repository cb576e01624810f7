namespace Nop.Plugin.Inventory.Backorders.Services.Repair;

/// <summary>
/// Why a product (or attribute combination) whose effective policy allows backorders cannot be bought, or is shown as out
/// of stock. Values are stored nowhere but posted by the doctor page, so they never change.
/// </summary>
public enum StockDoctorReason
{
    /// <summary>Buy and wishlist buttons disabled by nopCommerce's low-stock activity (the plugin's record, or the install-time inference).</summary>
    BuyButtonDisabledByLowStock = 1,

    /// <summary>Unpublished by nopCommerce's low-stock activity.</summary>
    UnpublishedByLowStock = 2,

    /// <summary>Buy or wishlist button disabled with no record of the low-stock activity doing it: an admin did.</summary>
    BuyButtonDisabledByAdmin = 3,

    /// <summary>Unpublished with no record of the low-stock activity doing it: an admin did.</summary>
    UnpublishedByAdmin = 4,

    /// <summary>The product follows the store default, which allows backorders, but carries another policy.</summary>
    DefaultNotApplied = 5,

    /// <summary>Stock by attributes: a combination that follows its product does not allow out-of-stock orders.</summary>
    CombinationNotFollowingProduct = 6,

    /// <summary>Stock by attributes: a combination set by hand not to allow out-of-stock orders.</summary>
    CombinationSetByAdmin = 7,

    /// <summary>"Don't track inventory": no stock, so no backorders and no stock message at all.</summary>
    InventoryNotManaged = 8,

    /// <summary>The policy tells customers about backorders but the product hides its stock availability.</summary>
    StockAvailabilityHidden = 9,

    /// <summary>Stock is already at or below minus the backorder limit: the cart refuses every further unit.</summary>
    BackorderLimitUsedUp = 10
}

/// <summary>Who set what the doctor found: decides whether "fix" touches it by default.</summary>
public enum StockDoctorCause
{
    /// <summary>nopCommerce's low-stock activity (recorded by the plugin): fixed by default.</summary>
    LowStockActivity,

    /// <summary>The plugin's own state is inconsistent (a default not applied, a following combination not moved): fixed by default.</summary>
    Plugin,

    /// <summary>A setting an admin chose: fixed only when the merchant ticks it.</summary>
    Admin,

    /// <summary>Nothing to switch (e.g. a limit used up): listed only.</summary>
    Stock
}
