using System.Globalization;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Repair;

/// <summary>The store-wide values and the vendor a scan or fix runs under (0: every vendor).</summary>
public sealed record StockDoctorScope(BackorderMode DefaultPolicy, int DefaultLimit, int VendorId = 0);

/// <summary>A product or combination the doctor lists (what <see cref="StockDoctorStatements.List"/> yields).</summary>
public class StockDoctorFinding
{
    public int ProductId { get; set; }

    /// <summary>The attribute combination, for the combination reasons; else 0.</summary>
    public int CombinationId { get; set; }

    public string Name { get; set; }

    public string Sku { get; set; }
}

/// <summary>
/// The doctor's SQL: one condition per reason (<see cref="StockDoctorRules.Diagnose(StockDoctorProductFacts)"/> in SQL),
/// used alike by the count, the keyset-paged list and the fix, so a fix only changes rows that still match. Statements
/// carry identifiers and integers only; the stock-history note is a parameter.
/// </summary>
public class StockDoctorStatements
{
    public const string NoteParameter = "doctorNote";

    private readonly BackorderSqlDialect _d;

    public StockDoctorStatements(BackorderSqlDialect dialect)
    {
        _d = dialect;
    }

    private string Product => _d.Q(nameof(Nop.Core.Domain.Catalog.Product));
    private string Combination => _d.Q(nameof(ProductAttributeCombination));
    private string Setting => _d.Q(BackordersDefaults.ProductBackorderSettingTable);
    private string Own => _d.Q(BackordersDefaults.CombinationBackorderSettingTable);
    private string P(string column) => Product + "." + _d.Q(column);
    private string C(string column) => Combination + "." + _d.Q(column);
    private string S(string column) => Setting + "." + _d.Q(column);
    private string True => _d.Bool(true);
    private string False => _d.Bool(false);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Follows =>
        $"NOT EXISTS (SELECT 1 FROM {Setting} WHERE {S("ProductId")} = {P("Id")} AND {S("UsesDefaultPolicy")} = {False})";

    private string Recorded(LowStockFlags flag) =>
        $"EXISTS (SELECT 1 FROM {Setting} WHERE {S("ProductId")} = {P("Id")} AND ({S("LowStockFlagsSetByActivity")} & {N((int)flag)}) <> 0)";

    /// <summary>Effective policy allows backorders: the default for products that follow it, else their own (the default is a constant here).</summary>
    private string AllowsBackorders(StockDoctorScope scope) => EffectivePolicy.AllowsBackorders(scope.DefaultPolicy)
        ? $"({P("BackorderModeId")} <> {N((int)BackorderMode.NoBackorders)} OR {Follows})"
        : $"({P("BackorderModeId")} <> {N((int)BackorderMode.NoBackorders)} AND NOT {Follows})";

    private string TellsCustomers(StockDoctorScope scope) => scope.DefaultPolicy == BackorderMode.AllowQtyBelow0AndNotifyCustomer
        ? $"({P("BackorderModeId")} = {N((int)BackorderMode.AllowQtyBelow0AndNotifyCustomer)} OR {Follows})"
        : $"({P("BackorderModeId")} = {N((int)BackorderMode.AllowQtyBelow0AndNotifyCustomer)} AND NOT {Follows})";

    private string ProductBase(StockDoctorScope scope) =>
        $"{P("Deleted")} = {False} AND {AllowsBackorders(scope)}" + (scope.VendorId > 0 ? $" AND {P("VendorId")} = {N(scope.VendorId)}" : "");

    private string TotalStock => _d.TotalStock(P);

    private string EffectiveLimit(StockDoctorScope scope) =>
        $"COALESCE((SELECT {S("BackorderLimit")} FROM {Setting} WHERE {S("ProductId")} = {P("Id")}), {N(scope.DefaultLimit)})";

    /// <summary>The product-level condition of a reason (on the Product table).</summary>
    public string ProductCondition(StockDoctorReason reason, StockDoctorScope scope)
    {
        var buttons = $"({P("DisableBuyButton")} = {True} OR {P("DisableWishlistButton")} = {True})";
        var unpublished = $"{P("Published")} = {False}";
        var managed = $"{P("ManageInventoryMethodId")} <> {N((int)ManageInventoryMethod.DontManageStock)}";
        var condition = reason switch
        {
            StockDoctorReason.BuyButtonDisabledByLowStock => $"{buttons} AND {Recorded(LowStockFlags.BuyButtonDisabled)}",
            StockDoctorReason.BuyButtonDisabledByAdmin => $"{buttons} AND NOT {Recorded(LowStockFlags.BuyButtonDisabled)}",
            StockDoctorReason.UnpublishedByLowStock => $"{unpublished} AND {Recorded(LowStockFlags.Unpublished)}",
            StockDoctorReason.UnpublishedByAdmin => $"{unpublished} AND NOT {Recorded(LowStockFlags.Unpublished)}",
            StockDoctorReason.DefaultNotApplied => $"{Follows} AND {P("BackorderModeId")} <> {N((int)scope.DefaultPolicy)}",
            StockDoctorReason.InventoryNotManaged => $"{P("ManageInventoryMethodId")} = {N((int)ManageInventoryMethod.DontManageStock)}",
            StockDoctorReason.StockAvailabilityHidden => $"{managed} AND {TellsCustomers(scope)} AND {P("DisplayStockAvailability")} = {False}",
            StockDoctorReason.BackorderLimitUsedUp =>
                $"{P("ManageInventoryMethodId")} = {N((int)ManageInventoryMethod.ManageStock)} AND {EffectiveLimit(scope)} > 0 " +
                $"AND {TotalStock} + {EffectiveLimit(scope)} <= 0",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a product reason.")
        };

        return $"{ProductBase(scope)} AND {condition}";
    }

    /// <summary>The combination-level condition of a reason (on the ProductAttributeCombination table).</summary>
    public string CombinationCondition(StockDoctorReason reason, StockDoctorScope scope)
    {
        var own = $"EXISTS (SELECT 1 FROM {Own} WHERE {Own}.{_d.Q("CombinationId")} = {C("Id")})";
        var choice = reason switch
        {
            StockDoctorReason.CombinationNotFollowingProduct => "NOT " + own,
            StockDoctorReason.CombinationSetByAdmin => own,
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a combination reason.")
        };

        return $"{C("AllowOutOfStockOrders")} = {False} AND {choice} AND EXISTS (SELECT 1 FROM {Product} WHERE {P("Id")} = {C("ProductId")} " +
            $"AND {P("ManageInventoryMethodId")} = {N((int)ManageInventoryMethod.ManageStockByAttributes)} AND {ProductBase(scope)})";
    }

    private string Condition(StockDoctorReason reason, StockDoctorScope scope) =>
        StockDoctorRules.IsCombinationReason(reason) ? CombinationCondition(reason, scope) : ProductCondition(reason, scope);

    private string KeyColumn(StockDoctorReason reason) => StockDoctorRules.IsCombinationReason(reason) ? C("Id") : P("Id");

    private string From(StockDoctorReason reason) => StockDoctorRules.IsCombinationReason(reason) ? Combination : Product;

    /// <summary>How many products (or combinations) a reason applies to.</summary>
    public string Count(StockDoctorReason reason, StockDoctorScope scope) =>
        $"SELECT COUNT(*) FROM {From(reason)} WHERE {Condition(reason, scope)}";

    /// <summary>The next <paramref name="take"/> ids (product, or combination) a reason applies to after <paramref name="afterId"/>, in id order.</summary>
    public string NextIds(StockDoctorReason reason, StockDoctorScope scope, int afterId, int take) =>
        Limit($"SELECT {KeyColumn(reason)} FROM {From(reason)} WHERE {Condition(reason, scope)} AND {KeyColumn(reason)} > {N(afterId)} " +
              $"ORDER BY {KeyColumn(reason)}", take, 0);

    /// <summary>A page of findings of one reason, in id order (paged in the database).</summary>
    public string List(StockDoctorReason reason, StockDoctorScope scope, int skip, int take)
    {
        var select = StockDoctorRules.IsCombinationReason(reason)
            ? $"SELECT {C("ProductId")} AS {_d.Q("ProductId")}, {C("Id")} AS {_d.Q("CombinationId")}, " +
              $"(SELECT {P("Name")} FROM {Product} WHERE {P("Id")} = {C("ProductId")}) AS {_d.Q("Name")}, {C("Sku")} AS {_d.Q("Sku")}"
            : $"SELECT {P("Id")} AS {_d.Q("ProductId")}, 0 AS {_d.Q("CombinationId")}, {P("Name")} AS {_d.Q("Name")}, {P("Sku")} AS {_d.Q("Sku")}";
        return Limit($"{select} FROM {From(reason)} WHERE {Condition(reason, scope)} ORDER BY {KeyColumn(reason)}", take, skip);
    }

    private string Limit(string query, int take, int skip) => ReferenceEquals(_d, BackorderSqlDialect.SqlServer)
        ? $"{query} OFFSET {N(skip)} ROWS FETCH NEXT {N(take)} ROWS ONLY"
        : $"{query} LIMIT {N(take)} OFFSET {N(skip)}";

    /// <summary>
    /// Fixes the given products (or combinations) where the reason still applies; yields the ids changed (product ids; for
    /// combinations Id and ProductId). Null for a reason nothing can switch.
    /// </summary>
    public string Fix(StockDoctorReason reason, StockDoctorScope scope, IReadOnlyCollection<int> ids)
    {
        var where = $"{KeyColumn(reason)} IN ({IdList(ids)}) AND {Condition(reason, scope)}";
        var product = nameof(Nop.Core.Domain.Catalog.Product);
        return reason switch
        {
            StockDoctorReason.BuyButtonDisabledByLowStock or StockDoctorReason.BuyButtonDisabledByAdmin =>
                _d.UpdateAndReturn(product, $"{_d.Q("DisableBuyButton")} = {False}, {_d.Q("DisableWishlistButton")} = {False}", where, "Id"),
            StockDoctorReason.UnpublishedByLowStock or StockDoctorReason.UnpublishedByAdmin =>
                _d.UpdateAndReturn(product, $"{_d.Q("Published")} = {True}", where, "Id"),
            StockDoctorReason.DefaultNotApplied =>
                _d.UpdateAndReturn(product, $"{_d.Q("BackorderModeId")} = {N((int)scope.DefaultPolicy)}", where, "Id"),
            StockDoctorReason.InventoryNotManaged =>
                _d.UpdateAndReturn(product, $"{_d.Q("ManageInventoryMethodId")} = {N((int)ManageInventoryMethod.ManageStock)}", where, "Id"),
            StockDoctorReason.StockAvailabilityHidden =>
                _d.UpdateAndReturn(product, $"{_d.Q("DisplayStockAvailability")} = {True}", where, "Id"),
            StockDoctorReason.CombinationNotFollowingProduct or StockDoctorReason.CombinationSetByAdmin =>
                _d.UpdateAndReturn(nameof(ProductAttributeCombination), $"{_d.Q("AllowOutOfStockOrders")} = {True}", where, "Id", "ProductId"),
            _ => null
        };
    }

    /// <summary>Forgets the low-stock flag the fix lifted, so the record again says what the activity set.</summary>
    public string ForgetFlag(LowStockFlags flag, IReadOnlyCollection<int> productIds) =>
        $"UPDATE {Setting} SET {_d.Q("LowStockFlagsSetByActivity")} = {_d.Q("LowStockFlagsSetByActivity")} & {N(~(int)flag)}, " +
        $"{_d.Q("UpdatedOnUtc")} = {_d.UtcNow} WHERE {S("ProductId")} IN ({IdList(productIds)}) AND ({S("LowStockFlagsSetByActivity")} & {N((int)flag)}) <> 0";

    /// <summary>After a product got the default that allows backorders: its combinations that follow it allow out-of-stock orders; yields Id, ProductId.</summary>
    public string AllowFollowingCombinations(IReadOnlyCollection<int> productIds) =>
        _d.UpdateAndReturn(nameof(ProductAttributeCombination), $"{_d.Q("AllowOutOfStockOrders")} = {True}",
            $"{C("ProductId")} IN ({IdList(productIds)}) AND {C("AllowOutOfStockOrders")} = {False} " +
            $"AND NOT EXISTS (SELECT 1 FROM {Own} WHERE {Own}.{_d.Q("CombinationId")} = {C("Id")})",
            "Id", "ProductId");

    /// <summary>nopCommerce's stock-quantity history, one row per product fixed (no quantity change), with the note as a parameter.</summary>
    public string ProductNotes(IReadOnlyCollection<int> productIds) =>
        $"INSERT INTO {_d.Q(nameof(StockQuantityHistory))} ({_d.Q("QuantityAdjustment")}, {_d.Q("StockQuantity")}, {_d.Q("Message")}, " +
        $"{_d.Q("CreatedOnUtc")}, {_d.Q("ProductId")}, {_d.Q("CombinationId")}, {_d.Q("WarehouseId")}) " +
        $"SELECT 0, {P("StockQuantity")}, @{NoteParameter}, {_d.UtcNow}, {P("Id")}, NULL, NULL FROM {Product} WHERE {P("Id")} IN ({IdList(productIds)})";

    /// <summary>nopCommerce's stock-quantity history, one row per combination fixed (as nopCommerce writes for a combination's stock).</summary>
    public string CombinationNotes(IReadOnlyCollection<int> combinationIds) =>
        $"INSERT INTO {_d.Q(nameof(StockQuantityHistory))} ({_d.Q("QuantityAdjustment")}, {_d.Q("StockQuantity")}, {_d.Q("Message")}, " +
        $"{_d.Q("CreatedOnUtc")}, {_d.Q("ProductId")}, {_d.Q("CombinationId")}, {_d.Q("WarehouseId")}) " +
        $"SELECT 0, {C("StockQuantity")}, @{NoteParameter}, {_d.UtcNow}, {C("ProductId")}, {C("Id")}, NULL FROM {Combination} WHERE {C("Id")} IN ({IdList(combinationIds)})";

    /// <summary>The products' current policy (yields Id, BackorderModeId): what the policy event reports as the old one.</summary>
    public string Policies(IReadOnlyCollection<int> productIds) =>
        $"SELECT {P("Id")} AS {_d.Q("Id")}, {P("BackorderModeId")} AS {_d.Q("BackorderModeId")} FROM {Product} WHERE {P("Id")} IN ({IdList(productIds)})";

    /// <summary>Integers only: ids read from the database or posted as integers, never text.</summary>
    private static string IdList(IReadOnlyCollection<int> ids)
    {
        var list = string.Join(", ", ids.Select(N));
        return list.Length > 0 ? list : throw new ArgumentException("At least one id is required.", nameof(ids));
    }
}
