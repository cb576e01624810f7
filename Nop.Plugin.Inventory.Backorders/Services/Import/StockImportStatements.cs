using System.Globalization;
using LinqToDB.Data;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>A statement and its parameters: values from the file only ever travel as parameters.</summary>
public sealed record SqlCommand(string Sql, DataParameter[] Parameters);

/// <summary>What the lookup of a product by SKU reads (column aliases = property names).</summary>
public sealed class ProductStockRow
{
    /// <summary>The file's line whose SKU matched (lookups through the work table).</summary>
    public int Line { get; set; }
    public int Id { get; set; }
    public string Sku { get; set; }
    public int VendorId { get; set; }
    public int StockQuantity { get; set; }
    public int MinStockQuantity { get; set; }
    public int ManageInventoryMethodId { get; set; }
    public int BackorderModeId { get; set; }
    public bool AllowBackInStockSubscriptions { get; set; }
    public bool DisableBuyButton { get; set; }
    public bool DisableWishlistButton { get; set; }
    public bool Published { get; set; }
    public int? RecordId { get; set; }
    public bool? UsesDefaultPolicy { get; set; }
    public int? BackorderLimit { get; set; }
    public DateTime? ExpectedRestockDateUtc { get; set; }
    public int? LowStockFlagsSetByActivity { get; set; }

    public ProductStock ToStock() => new()
    {
        Id = Id, Sku = Sku, VendorId = VendorId, StockQuantity = StockQuantity, MinStockQuantity = MinStockQuantity,
        ManageInventoryMethod = (ManageInventoryMethod)ManageInventoryMethodId, BackorderMode = (BackorderMode)BackorderModeId,
        AllowBackInStockSubscriptions = AllowBackInStockSubscriptions, DisableBuyButton = DisableBuyButton,
        DisableWishlistButton = DisableWishlistButton, Published = Published, RecordId = RecordId,
        UsesDefaultPolicy = UsesDefaultPolicy ?? true, BackorderLimit = BackorderLimit,
        ExpectedRestockDate = ExpectedRestockDateUtc is { } date ? DateTime.SpecifyKind(date.Date, DateTimeKind.Utc) : null,
        LowStockFlags = (Domain.LowStockFlags)(LowStockFlagsSetByActivity ?? 0)
    };
}

public sealed class CombinationStockRow
{
    /// <summary>The file's line whose SKU matched (lookups through the work table).</summary>
    public int Line { get; set; }
    public int Id { get; set; }
    public int ProductId { get; set; }
    public string Sku { get; set; }
    public int VendorId { get; set; }
    public int StockQuantity { get; set; }
    public bool AllowOutOfStockOrders { get; set; }
    public int ProductBackorderModeId { get; set; }
    public int HasOwnSetting { get; set; }

    public CombinationStock ToStock() => new()
    {
        Id = Id, ProductId = ProductId, Sku = Sku, StockQuantity = StockQuantity, AllowOutOfStockOrders = AllowOutOfStockOrders,
        ProductBackorderMode = (BackorderMode)ProductBackorderModeId, HasOwnSetting = HasOwnSetting != 0
    };
}

/// <summary>
/// The import's set-based statements over its work table (<see cref="StockImportRow"/>): the lookup of a batch's SKUs and
/// one joined UPDATE (or INSERT … SELECT) per table and batch. SKUs and values reach the database only through the bulk
/// load and parameters; only Ids read from the database, kinds and column names are written into the SQL.
/// </summary>
public sealed class StockImportStatements
{
    private readonly BackorderSqlDialect _d;

    public StockImportStatements(BackorderSqlDialect dialect)
    {
        _d = dialect;
    }

    private string Q(string identifier) => _d.Q(identifier);

    private static string Ids(IEnumerable<int> ids) => string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    private string W => Q(BackordersDefaults.StockImportRowTable);
    private string K => Q(BackordersDefaults.StockImportKeyTable);

    private static DataParameter[] Run(int runId, int vendorId, params DataParameter[] more) =>
        [new DataParameter("runId", runId), .. vendorId > 0 ? [new DataParameter("vendorId", vendorId)] : Array.Empty<DataParameter>(), .. more];

    /// <summary>
    /// The products whose SKU is one of the batch's keys in the work table (one join: a single pass over Product, which
    /// nopCommerce indexes on Sku only on SQL Server, each row probing the work table's index), with their plugin record;
    /// one row per line and matching product.
    /// </summary>
    public SqlCommand FindProducts(int runId, int vendorId)
    {
        string P(string c) => "p." + Q(c);
        string S(string c) => "s." + Q(c);
        string As(string expression, string alias) => expression + " AS " + Q(alias);

        var sql = _d.SelectInOrder + string.Join(", ",
                As("w." + Q("Line"), "Line"),
                As(P("Id"), "Id"), As(P("Sku"), "Sku"), As(P("VendorId"), "VendorId"), As(P("StockQuantity"), "StockQuantity"),
                As(P("MinStockQuantity"), "MinStockQuantity"), As(P("ManageInventoryMethodId"), "ManageInventoryMethodId"),
                As(P("BackorderModeId"), "BackorderModeId"), As(P("AllowBackInStockSubscriptions"), "AllowBackInStockSubscriptions"),
                As(P("DisableBuyButton"), "DisableBuyButton"), As(P("DisableWishlistButton"), "DisableWishlistButton"),
                As(P("Published"), "Published"), As(S("Id"), "RecordId"), As(S("UsesDefaultPolicy"), "UsesDefaultPolicy"),
                As(S("BackorderLimit"), "BackorderLimit"), As(S("ExpectedRestockDateUtc"), "ExpectedRestockDateUtc"),
                As(S("LowStockFlagsSetByActivity"), "LowStockFlagsSetByActivity")) +
            $" FROM {Q(nameof(Product))} p JOIN {K} w ON w.{Q("RunId")} = @runId AND w.{Q("Sku")} = {P("Sku")}" +
            $" LEFT JOIN {Q(BackordersDefaults.ProductBackorderSettingTable)} s ON {S("ProductId")} = {P("Id")}" +
            $" WHERE {P("Deleted")} = {_d.Bool(false)}" +
            (vendorId > 0 ? $" AND {P("VendorId")} = @vendorId" : string.Empty);
        return new SqlCommand(sql, Run(runId, vendorId));
    }

    /// <summary>The attribute combinations whose SKU is one of the batch's keys (ProductAttributeCombination.Sku is indexed).</summary>
    public SqlCommand FindCombinations(int runId, int vendorId)
    {
        string C(string c) => "c." + Q(c);
        string P(string c) => "p." + Q(c);
        var own = Q(BackordersDefaults.CombinationBackorderSettingTable);

        var sql = $"SELECT w.{Q("Line")} AS {Q("Line")}, {C("Id")} AS {Q("Id")}, {C("ProductId")} AS {Q("ProductId")}, {C("Sku")} AS {Q("Sku")}, " +
            $"{P("VendorId")} AS {Q("VendorId")}, {C("StockQuantity")} AS {Q("StockQuantity")}, {C("AllowOutOfStockOrders")} AS {Q("AllowOutOfStockOrders")}, " +
            $"{P("BackorderModeId")} AS {Q("ProductBackorderModeId")}, " +
            $"(CASE WHEN EXISTS (SELECT 1 FROM {own} o WHERE o.{Q("CombinationId")} = {C("Id")}) THEN 1 ELSE 0 END) AS {Q("HasOwnSetting")} " +
            $"FROM {K} w JOIN {Q(nameof(ProductAttributeCombination))} c ON {C("Sku")} = w.{Q("Sku")} JOIN {Q(nameof(Product))} p ON {P("Id")} = {C("ProductId")} " +
            $"WHERE w.{Q("RunId")} = @runId AND {P("Deleted")} = {_d.Bool(false)}" +
            (vendorId > 0 ? $" AND {P("VendorId")} = @vendorId" : string.Empty);
        return new SqlCommand(sql, Run(runId, vendorId));
    }

    private string Of(StockImportRowKind kind) => $"t.{Q("Id")} = w.{Q("TargetId")} AND w.{Q("RunId")} = @runId AND w.{Q("Kind")} = {(int)kind}";

    private (string, string) Keep(string column) => (column, $"COALESCE(w.{Q(column)}, t.{Q(column)})");

    /// <summary>The batch's product values, one joined UPDATE: a column whose work-table value is null keeps its value.</summary>
    public SqlCommand UpdateProducts(int runId, DateTime stamp) => new(_d.UpdateJoined(nameof(Product), BackordersDefaults.StockImportRowTable,
        Of(StockImportRowKind.Product), [
            Keep("StockQuantity"), Keep("MinStockQuantity"), Keep("ManageInventoryMethodId"), Keep("BackorderModeId"),
            Keep("AllowBackInStockSubscriptions"), Keep("DisableBuyButton"), Keep("DisableWishlistButton"), Keep("Published"),
            ("UpdatedOnUtc", "@stamp")
        ]), [new DataParameter("runId", runId), new DataParameter("stamp", stamp)]);

    public SqlCommand UpdateRecords(int runId, DateTime stamp) => new(_d.UpdateJoined(BackordersDefaults.ProductBackorderSettingTable,
        BackordersDefaults.StockImportRowTable, Of(StockImportRowKind.Record), [
            Keep("UsesDefaultPolicy"), Keep("BackorderLimit"), Keep("ExpectedRestockDateUtc"), Keep("LowStockFlagsSetByActivity"), ("UpdatedOnUtc", "@stamp")
        ]), [new DataParameter("runId", runId), new DataParameter("stamp", stamp)]);

    public SqlCommand InsertRecords(int runId, DateTime stamp) => new(
        $"INSERT INTO {Q(BackordersDefaults.ProductBackorderSettingTable)} ({Q("ProductId")}, {Q("UsesDefaultPolicy")}, {Q("BackorderLimit")}, " +
        $"{Q("ExpectedRestockDateUtc")}, {Q("LowStockFlagsSetByActivity")}, {Q("UpdatedOnUtc")}) " +
        $"SELECT w.{Q("TargetId")}, w.{Q("UsesDefaultPolicy")}, w.{Q("BackorderLimit")}, w.{Q("ExpectedRestockDateUtc")}, " +
        $"w.{Q("LowStockFlagsSetByActivity")}, @stamp FROM {W} w WHERE w.{Q("RunId")} = @runId AND w.{Q("Kind")} = {(int)StockImportRowKind.NewRecord}",
        [new DataParameter("runId", runId), new DataParameter("stamp", stamp)]);

    public SqlCommand UpdateCombinations(int runId) => new(_d.UpdateJoined(nameof(ProductAttributeCombination), BackordersDefaults.StockImportRowTable,
        Of(StockImportRowKind.Combination), [Keep("StockQuantity"), Keep("AllowOutOfStockOrders")]), [new DataParameter("runId", runId)]);

    /// <summary>nopCommerce's stock quantity history, one entry per product or combination whose stock the batch changed.</summary>
    public SqlCommand InsertHistory(int runId, string message, DateTime stamp) => new(
        $"INSERT INTO {Q(nameof(StockQuantityHistory))} ({Q("QuantityAdjustment")}, {Q("StockQuantity")}, {Q("Message")}, {Q("CreatedOnUtc")}, " +
        $"{Q("ProductId")}, {Q("CombinationId")}) " +
        $"SELECT w.{Q("QuantityAdjustment")}, w.{Q("StockQuantity")}, @message, @stamp, w.{Q("ProductId")}, " +
        $"(CASE WHEN w.{Q("Kind")} = {(int)StockImportRowKind.Combination} THEN w.{Q("TargetId")} ELSE NULL END) " +
        $"FROM {W} w WHERE w.{Q("RunId")} = @runId AND w.{Q("Kind")} IN ({(int)StockImportRowKind.Product}, {(int)StockImportRowKind.Combination}) " +
        $"AND w.{Q("QuantityAdjustment")} IS NOT NULL ORDER BY w.{Q("Line")}",
        [new DataParameter("runId", runId), new DataParameter("message", message), new DataParameter("stamp", stamp)]);

    public SqlCommand DeleteKeys(int runId) => new($"DELETE FROM {K} WHERE {Q("RunId")} = @runId", [new DataParameter("runId", runId)]);

    public SqlCommand DeleteRows(int runId) => new($"DELETE FROM {W} WHERE {Q("RunId")} = @runId", [new DataParameter("runId", runId)]);

    /// <summary>
    /// The combinations of the products that follow their product (no record of their own) and whose "allow out of stock"
    /// differs from what the product's policy implies: read, then updated by Id (no UPDATE … RETURNING, which MySQL lacks,
    /// and no statement that opens its own transaction inside the import's).
    /// </summary>
    public string FindCombinationsToSync(IReadOnlyCollection<int> productIds)
    {
        var combination = Q(nameof(ProductAttributeCombination));
        string C(string c) => combination + "." + Q(c);
        var own = Q(BackordersDefaults.CombinationBackorderSettingTable);
        var allows = $"(CASE WHEN p.{Q("BackorderModeId")} <> {(int)BackorderMode.NoBackorders} THEN {_d.Bool(true)} ELSE {_d.Bool(false)} END)";

        return $"SELECT {C("Id")} AS {Q("Id")}, {C("ProductId")} AS {Q("ProductId")} FROM {combination} JOIN {Q(nameof(Product))} p ON p.{Q("Id")} = {C("ProductId")} " +
            $"WHERE {C("ProductId")} IN ({Ids(productIds)}) AND {C("AllowOutOfStockOrders")} <> {allows} " +
            $"AND NOT EXISTS (SELECT 1 FROM {own} WHERE {own}.{Q("CombinationId")} = {C("Id")})";
    }

    public string FlipAllowOutOfStockOrders(IReadOnlyCollection<int> combinationIds) =>
        $"UPDATE {Q(nameof(ProductAttributeCombination))} SET {Q("AllowOutOfStockOrders")} = (CASE WHEN {Q("AllowOutOfStockOrders")} = {_d.Bool(true)} THEN {_d.Bool(false)} ELSE {_d.Bool(true)} END) " +
        $"WHERE {Q("Id")} IN ({Ids(combinationIds)})";

    public string ForgetOwnCombinationSettings(IReadOnlyCollection<int> combinationIds) =>
        $"DELETE FROM {Q(BackordersDefaults.CombinationBackorderSettingTable)} WHERE {Q("CombinationId")} IN ({Ids(combinationIds)})";
}
