using System.Globalization;
using LinqToDB.Data;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Data;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>A statement and its parameters: values from the file only ever travel as parameters.</summary>
public sealed record SqlCommand(string Sql, DataParameter[] Parameters);

/// <summary>What the lookup of a product by SKU reads (column aliases = property names).</summary>
public sealed class ProductStockRow
{
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
/// The import's set-based statements: lookups by a batch of SKUs and one UPDATE per table and batch (a CASE on the Id per
/// column). SKUs and values are parameters; only Ids read from the database and column names are written into the SQL.
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

    private (string List, DataParameter[] Parameters) SkuParameters(IReadOnlyList<string> skus)
    {
        var parameters = skus.Select((sku, i) => new DataParameter("sku" + i.ToString(CultureInfo.InvariantCulture), sku)).ToArray();
        return (string.Join(", ", parameters.Select(p => "@" + p.Name)), parameters);
    }

    private static DataParameter[] WithVendor(DataParameter[] parameters, int vendorId) =>
        vendorId > 0 ? [.. parameters, new DataParameter("vendorId", vendorId)] : parameters;

    public SqlCommand FindProducts(IReadOnlyList<string> skus, int vendorId)
    {
        var (list, parameters) = SkuParameters(skus);
        string P(string c) => "p." + Q(c);
        string S(string c) => "s." + Q(c);
        string As(string expression, string alias) => expression + " AS " + Q(alias);

        var sql = "SELECT " + string.Join(", ",
                As(P("Id"), "Id"), As(P("Sku"), "Sku"), As(P("VendorId"), "VendorId"), As(P("StockQuantity"), "StockQuantity"),
                As(P("MinStockQuantity"), "MinStockQuantity"), As(P("ManageInventoryMethodId"), "ManageInventoryMethodId"),
                As(P("BackorderModeId"), "BackorderModeId"), As(P("AllowBackInStockSubscriptions"), "AllowBackInStockSubscriptions"),
                As(P("DisableBuyButton"), "DisableBuyButton"), As(P("DisableWishlistButton"), "DisableWishlistButton"),
                As(P("Published"), "Published"), As(S("Id"), "RecordId"), As(S("UsesDefaultPolicy"), "UsesDefaultPolicy"),
                As(S("BackorderLimit"), "BackorderLimit"), As(S("ExpectedRestockDateUtc"), "ExpectedRestockDateUtc"),
                As(S("LowStockFlagsSetByActivity"), "LowStockFlagsSetByActivity")) +
            $" FROM {Q(nameof(Product))} p LEFT JOIN {Q(BackordersDefaults.ProductBackorderSettingTable)} s ON {S("ProductId")} = {P("Id")}" +
            $" WHERE {P("Deleted")} = {_d.Bool(false)} AND {P("Sku")} IN ({list})" +
            (vendorId > 0 ? $" AND {P("VendorId")} = @vendorId" : string.Empty);
        return new SqlCommand(sql, WithVendor(parameters, vendorId));
    }

    public SqlCommand FindCombinations(IReadOnlyList<string> skus, int vendorId)
    {
        var (list, parameters) = SkuParameters(skus);
        string C(string c) => "c." + Q(c);
        string P(string c) => "p." + Q(c);
        var own = Q(BackordersDefaults.CombinationBackorderSettingTable);

        var sql = $"SELECT {C("Id")} AS {Q("Id")}, {C("ProductId")} AS {Q("ProductId")}, {C("Sku")} AS {Q("Sku")}, {P("VendorId")} AS {Q("VendorId")}, " +
            $"{C("StockQuantity")} AS {Q("StockQuantity")}, {C("AllowOutOfStockOrders")} AS {Q("AllowOutOfStockOrders")}, " +
            $"{P("BackorderModeId")} AS {Q("ProductBackorderModeId")}, " +
            $"(CASE WHEN EXISTS (SELECT 1 FROM {own} o WHERE o.{Q("CombinationId")} = {C("Id")}) THEN 1 ELSE 0 END) AS {Q("HasOwnSetting")} " +
            $"FROM {Q(nameof(ProductAttributeCombination))} c JOIN {Q(nameof(Product))} p ON {P("Id")} = {C("ProductId")} " +
            $"WHERE {P("Deleted")} = {_d.Bool(false)} AND {C("Sku")} IN ({list})" +
            (vendorId > 0 ? $" AND {P("VendorId")} = @vendorId" : string.Empty);
        return new SqlCommand(sql, WithVendor(parameters, vendorId));
    }

    /// <summary>
    /// One UPDATE of <paramref name="table"/> for a batch: each column is set, by a CASE on the Id, for the rows whose
    /// value changes (others keep theirs). Null when nothing changes.
    /// </summary>
    public SqlCommand Update(string table, IReadOnlyList<(string Column, IReadOnlyList<(int Id, object Value)> Values)> columns,
        (string Column, object Value)? stamp = null)
    {
        var parameters = new List<DataParameter>();
        var sets = new List<string>();
        var ids = new SortedSet<int>();
        foreach (var (column, values) in columns.Where(c => c.Values.Count > 0))
        {
            var whens = values.Select(v =>
            {
                var name = "v" + parameters.Count.ToString(CultureInfo.InvariantCulture);
                parameters.Add(new DataParameter(name, v.Value));
                ids.Add(v.Id);
                return $"WHEN {v.Id.ToString(CultureInfo.InvariantCulture)} THEN @{name}";
            });
            sets.Add($"{Q(column)} = CASE {Q("Id")} {string.Join(" ", whens)} ELSE {Q(column)} END");
        }

        if (sets.Count == 0)
            return null;

        if (stamp is { } s)
        {
            parameters.Add(new DataParameter("stamp", s.Value));
            sets.Add($"{Q(s.Column)} = @stamp");
        }

        return new SqlCommand($"UPDATE {Q(table)} SET {string.Join(", ", sets)} WHERE {Q("Id")} IN ({Ids(ids)})", parameters.ToArray());
    }

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
