using Nop.Core;

namespace Nop.Plugin.Inventory.Backorders.Domain;

/// <summary>What a <see cref="StockImportRow"/> holds.</summary>
public enum StockImportRowKind
{
    /// <summary>A product's new values (null: column unchanged), by product id.</summary>
    Product = 1,
    /// <summary>An existing plugin record's new values, by record id.</summary>
    Record = 2,
    /// <summary>A plugin record to create, for the product id.</summary>
    NewRecord = 3,
    /// <summary>An attribute combination's new values, by combination id.</summary>
    Combination = 4
}

/// <summary>
/// A SKU of a batch of the stock import, by line: bulk-loaded (nopCommerce's bulk insert, linq2db BulkCopy) so that the
/// lookup is one join on Product/Combination.Sku. Narrow, because the bulk load sends every mapped column.
/// Work tables, not temporary ones: nopCommerce opens a connection per statement, so only a real table is seen by all of them.
/// Not used on PostgreSQL, where the batch travels as array parameters. Keyed by run and line, not by Id (see ImportSchemaMigration).
/// </summary>
public class StockImportKey : BaseEntity
{
    /// <summary>The import batch the row belongs to (random; rows of other imports are never read); deleted with the batch.</summary>
    public int RunId { get; set; }
    public int Line { get; set; }
    public string Sku { get; set; }
}

/// <summary>
/// The planned values of a batch of the stock import, bulk-loaded so that each table is written by one joined UPDATE
/// (or INSERT … SELECT); a null value leaves the column as it is. Deleted with the batch.
/// </summary>
public class StockImportRow : BaseEntity
{
    public int RunId { get; set; }
    public int Kind { get; set; }
    public int Line { get; set; }
    /// <summary>The product, record or combination id the values are for.</summary>
    public int TargetId { get; set; }
    public int ProductId { get; set; }
    public int? StockQuantity { get; set; }
    /// <summary>New stock minus old, for the stock history (null: stock unchanged).</summary>
    public int? QuantityAdjustment { get; set; }
    public int? MinStockQuantity { get; set; }
    public int? ManageInventoryMethodId { get; set; }
    public int? BackorderModeId { get; set; }
    public bool? AllowBackInStockSubscriptions { get; set; }
    public bool? DisableBuyButton { get; set; }
    public bool? DisableWishlistButton { get; set; }
    public bool? Published { get; set; }
    public bool? UsesDefaultPolicy { get; set; }
    public int? BackorderLimit { get; set; }
    public DateTime? ExpectedRestockDateUtc { get; set; }
    public int? LowStockFlagsSetByActivity { get; set; }
    public bool? AllowOutOfStockOrders { get; set; }
}
