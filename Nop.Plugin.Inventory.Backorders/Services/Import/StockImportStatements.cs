using System.Globalization;
using LinqToDB.Data;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>A statement and its parameters: values from the file only ever travel as parameters.</summary>
public sealed record SqlCommand(string Sql, DataParameter[] Parameters);

/// <summary>
/// One batch of the import as its statements read it: the (line, SKU) keys for the lookup, then the planned rows. In the
/// work tables under <see cref="RunId"/>, or on PostgreSQL as array parameters (<see cref="StockImportStatements.UsesWorkTables"/>).
/// </summary>
public sealed class StockImportBatch(int runId)
{
    public int RunId { get; } = runId;
    public IReadOnlyList<StockImportKey> Keys { get; set; } = [];
    public IReadOnlyList<StockImportRow> Rows { get; set; } = [];
}

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
/// The import's set-based statements over a batch (<see cref="StockImportBatch"/>): the lookup of its SKUs and one joined
/// UPDATE (or INSERT … SELECT) per table. The batch comes from the work tables (<see cref="StockImportKey"/>,
/// <see cref="StockImportRow"/>: bulk-loaded, read by run id) or, on PostgreSQL, from array parameters unnested in place
/// (no bulk load, no delete afterwards). SKUs and values reach the database only through the bulk load and parameters;
/// only Ids read from the database, kinds and column names are written into the SQL.
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

    /// <summary>Whether a batch is bulk-loaded into the work tables (and deleted after); false on PostgreSQL (arrays).</summary>
    public bool UsesWorkTables => !_d.BindsArrays;

    /// <summary>The work-row columns an array carries on PostgreSQL: name, SQL type, value.</summary>
    private static readonly (string Name, string Type, Func<StockImportRow, object> Value)[] RowColumns =
    [
        ("Kind", "integer", r => r.Kind), ("Line", "integer", r => r.Line), ("TargetId", "integer", r => r.TargetId),
        ("ProductId", "integer", r => r.ProductId), ("StockQuantity", "integer", r => r.StockQuantity),
        ("QuantityAdjustment", "integer", r => r.QuantityAdjustment), ("MinStockQuantity", "integer", r => r.MinStockQuantity),
        ("ManageInventoryMethodId", "integer", r => r.ManageInventoryMethodId), ("BackorderModeId", "integer", r => r.BackorderModeId),
        ("AllowBackInStockSubscriptions", "boolean", r => r.AllowBackInStockSubscriptions),
        ("DisableBuyButton", "boolean", r => r.DisableBuyButton), ("DisableWishlistButton", "boolean", r => r.DisableWishlistButton),
        ("Published", "boolean", r => r.Published), ("UsesDefaultPolicy", "boolean", r => r.UsesDefaultPolicy),
        ("BackorderLimit", "integer", r => r.BackorderLimit), ("ExpectedRestockDateUtc", "timestamp", r => r.ExpectedRestockDateUtc),
        ("LowStockFlagsSetByActivity", "integer", r => r.LowStockFlagsSetByActivity),
        ("AllowOutOfStockOrders", "boolean", r => r.AllowOutOfStockOrders)
    ];

    /// <summary>The batch's keys as a FROM item aliased <c>w</c>.</summary>
    private string KeysFrom => UsesWorkTables
        ? $"{K} w"
        : $"unnest(CAST(@keyLine AS integer[]), CAST(@keySku AS {_d.TextType}[])) AS w({Q("Line")}, {Q("Sku")})";

    /// <summary>The batch's work rows as a FROM item aliased <c>w</c>.</summary>
    private string RowsFrom => UsesWorkTables
        ? $"{W} w"
        : $"unnest({string.Join(", ", RowColumns.Select(c => $"CAST(@w{c.Name} AS {c.Type}[])"))}) AS w({string.Join(", ", RowColumns.Select(c => Q(c.Name)))})";

    /// <summary>The condition that picks the batch's own rows of <c>w</c> (keys or work rows): its run's in the work tables; all of the arrays.</summary>
    private string OfRun => UsesWorkTables ? $"w.{Q("RunId")} = @runId" : "1 = 1";

    private DataParameter[] KeyParameters(StockImportBatch batch, int vendorId) => UsesWorkTables
        ? Run(batch.RunId, vendorId)
        : [new DataParameter("keyLine", batch.Keys.Select(k => k.Line).ToArray()), new DataParameter("keySku", batch.Keys.Select(k => k.Sku).ToArray()),
            .. Vendor(vendorId)];

    /// <summary>The run id, or on PostgreSQL the arrays of the batch's rows of <paramref name="kinds"/>.</summary>
    private DataParameter[] RowParameters(StockImportBatch batch, StockImportRowKind[] kinds, params DataParameter[] more)
    {
        if (UsesWorkTables)
            return [new DataParameter("runId", batch.RunId), .. more];

        var rows = batch.Rows.Where(r => kinds.Contains((StockImportRowKind)r.Kind)).ToList();
        return [.. RowColumns.Select(c => new DataParameter("w" + c.Name, ArrayOf(c.Type, rows.Select(c.Value)))), .. more];
    }

    private static object ArrayOf(string type, IEnumerable<object> values) => type switch
    {
        "integer" => values.Select(v => (int?)v).ToArray(),
        "boolean" => values.Select(v => (bool?)v).ToArray(),
        _ => values.Select(v => (DateTime?)v).ToArray()
    };

    private static DataParameter[] Vendor(int vendorId) => vendorId > 0 ? [new DataParameter("vendorId", vendorId)] : [];

    private static DataParameter[] Run(int runId, int vendorId, params DataParameter[] more) =>
        [new DataParameter("runId", runId), .. Vendor(vendorId), .. more];

    /// <summary>
    /// The products whose SKU is one of the batch's keys in the work table (one join: a single pass over Product, which
    /// nopCommerce indexes on Sku only on SQL Server, each row probing the work table's index), with their plugin record;
    /// one row per line and matching product.
    /// </summary>
    public SqlCommand FindProducts(StockImportBatch batch, int vendorId)
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
            // CROSS JOIN + WHERE: SQLite then keeps Product as the outer loop (else it loops over the keys and reads
            // Product once per key); the other databases plan it as the join it is.
            $" FROM {Q(nameof(Product))} p CROSS JOIN {KeysFrom}" +
            $" LEFT JOIN {Q(BackordersDefaults.ProductBackorderSettingTable)} s ON {S("ProductId")} = {P("Id")}" +
            $" WHERE {OfRun} AND w.{Q("Sku")} = {P("Sku")} AND {P("Deleted")} = {_d.Bool(false)}" +
            (vendorId > 0 ? $" AND {P("VendorId")} = @vendorId" : string.Empty);
        return new SqlCommand(sql, KeyParameters(batch, vendorId));
    }

    /// <summary>The attribute combinations whose SKU is one of the batch's keys (ProductAttributeCombination.Sku is indexed).</summary>
    public SqlCommand FindCombinations(StockImportBatch batch, int vendorId)
    {
        string C(string c) => "c." + Q(c);
        string P(string c) => "p." + Q(c);
        var own = Q(BackordersDefaults.CombinationBackorderSettingTable);

        var sql = $"SELECT w.{Q("Line")} AS {Q("Line")}, {C("Id")} AS {Q("Id")}, {C("ProductId")} AS {Q("ProductId")}, {C("Sku")} AS {Q("Sku")}, " +
            $"{P("VendorId")} AS {Q("VendorId")}, {C("StockQuantity")} AS {Q("StockQuantity")}, {C("AllowOutOfStockOrders")} AS {Q("AllowOutOfStockOrders")}, " +
            $"{P("BackorderModeId")} AS {Q("ProductBackorderModeId")}, " +
            $"(CASE WHEN EXISTS (SELECT 1 FROM {own} o WHERE o.{Q("CombinationId")} = {C("Id")}) THEN 1 ELSE 0 END) AS {Q("HasOwnSetting")} " +
            $"FROM {KeysFrom} JOIN {Q(nameof(ProductAttributeCombination))} c ON {C("Sku")} = w.{Q("Sku")} JOIN {Q(nameof(Product))} p ON {P("Id")} = {C("ProductId")} " +
            $"WHERE {OfRun} AND {P("Deleted")} = {_d.Bool(false)}" +
            (vendorId > 0 ? $" AND {P("VendorId")} = @vendorId" : string.Empty);
        return new SqlCommand(sql, KeyParameters(batch, vendorId));
    }

    private string Of(StockImportRowKind kind) => $"t.{Q("Id")} = w.{Q("TargetId")} AND {OfRun} AND w.{Q("Kind")} = {(int)kind}";

    private (string, string) Keep(string column) => (column, $"COALESCE(w.{Q(column)}, t.{Q(column)})");

    /// <summary>The batch's product values, one joined UPDATE: a column whose work-table value is null keeps its value.</summary>
    public SqlCommand UpdateProducts(StockImportBatch batch, DateTime stamp) => new(_d.UpdateJoined(nameof(Product), RowsFrom,
        Of(StockImportRowKind.Product), [
            Keep("StockQuantity"), Keep("MinStockQuantity"), Keep("ManageInventoryMethodId"), Keep("BackorderModeId"),
            Keep("AllowBackInStockSubscriptions"), Keep("DisableBuyButton"), Keep("DisableWishlistButton"), Keep("Published"),
            ("UpdatedOnUtc", "@stamp")
        ]), RowParameters(batch, [StockImportRowKind.Product], new DataParameter("stamp", stamp)));

    public SqlCommand UpdateRecords(StockImportBatch batch, DateTime stamp) => new(_d.UpdateJoined(BackordersDefaults.ProductBackorderSettingTable,
        RowsFrom, Of(StockImportRowKind.Record), [
            Keep("UsesDefaultPolicy"), Keep("BackorderLimit"), Keep("ExpectedRestockDateUtc"), Keep("LowStockFlagsSetByActivity"), ("UpdatedOnUtc", "@stamp")
        ]), RowParameters(batch, [StockImportRowKind.Record], new DataParameter("stamp", stamp)));

    public SqlCommand InsertRecords(StockImportBatch batch, DateTime stamp) => new(
        $"INSERT INTO {Q(BackordersDefaults.ProductBackorderSettingTable)} ({Q("ProductId")}, {Q("UsesDefaultPolicy")}, {Q("BackorderLimit")}, " +
        $"{Q("ExpectedRestockDateUtc")}, {Q("LowStockFlagsSetByActivity")}, {Q("UpdatedOnUtc")}) " +
        $"SELECT w.{Q("TargetId")}, w.{Q("UsesDefaultPolicy")}, w.{Q("BackorderLimit")}, w.{Q("ExpectedRestockDateUtc")}, " +
        $"w.{Q("LowStockFlagsSetByActivity")}, @stamp FROM {RowsFrom} WHERE {OfRun} AND w.{Q("Kind")} = {(int)StockImportRowKind.NewRecord}",
        RowParameters(batch, [StockImportRowKind.NewRecord], new DataParameter("stamp", stamp)));

    public SqlCommand UpdateCombinations(StockImportBatch batch) => new(_d.UpdateJoined(nameof(ProductAttributeCombination), RowsFrom,
        Of(StockImportRowKind.Combination), [Keep("StockQuantity"), Keep("AllowOutOfStockOrders")]),
        RowParameters(batch, [StockImportRowKind.Combination]));

    /// <summary>nopCommerce's stock quantity history, one entry per product or combination whose stock the batch changed.</summary>
    public SqlCommand InsertHistory(StockImportBatch batch, string message, DateTime stamp) => new(
        $"INSERT INTO {Q(nameof(StockQuantityHistory))} ({Q("QuantityAdjustment")}, {Q("StockQuantity")}, {Q("Message")}, {Q("CreatedOnUtc")}, " +
        $"{Q("ProductId")}, {Q("CombinationId")}) " +
        $"SELECT w.{Q("QuantityAdjustment")}, w.{Q("StockQuantity")}, @message, @stamp, w.{Q("ProductId")}, " +
        $"(CASE WHEN w.{Q("Kind")} = {(int)StockImportRowKind.Combination} THEN w.{Q("TargetId")} ELSE NULL END) " +
        $"FROM {RowsFrom} WHERE {OfRun} AND w.{Q("Kind")} IN ({(int)StockImportRowKind.Product}, {(int)StockImportRowKind.Combination}) " +
        $"AND w.{Q("QuantityAdjustment")} IS NOT NULL ORDER BY w.{Q("Line")}",
        RowParameters(batch, [StockImportRowKind.Product, StockImportRowKind.Combination], new DataParameter("message", message), new DataParameter("stamp", stamp)));

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
