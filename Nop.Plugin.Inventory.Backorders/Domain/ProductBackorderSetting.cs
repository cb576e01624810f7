using Nop.Core;

namespace Nop.Plugin.Inventory.Backorders.Domain;

/// <summary>
/// The plugin's per-product data beside nopCommerce's Product.BackorderModeId, which always holds the effective policy.
/// A product without a row follows the store-wide default.
/// </summary>
public class ProductBackorderSetting : BaseEntity
{
    public int ProductId { get; set; }

    /// <summary>True when the product follows the store-wide default; false when the merchant chose its policy.</summary>
    public bool UsesDefaultPolicy { get; set; }

    /// <summary>How far below zero stock may go for this product; null follows the default limit, 0 means unlimited.</summary>
    public int? BackorderLimit { get; set; }

    public DateTime? ExpectedRestockDateUtc { get; set; }

    /// <summary>Which low-stock flags nopCommerce's low-stock activity set (a <see cref="LowStockFlags"/> value), so that only those are lifted.</summary>
    public int LowStockFlagsSetByActivity { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
