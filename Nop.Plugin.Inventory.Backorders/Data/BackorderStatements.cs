using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Data;

/// <summary>
/// Set-based statements for work over many products (nopCommerce's repository updates one row at a time on
/// PostgreSQL and MySQL). Each works on an Id range so large catalogs go in batches.
/// </summary>
public class BackorderStatements
{
    private readonly BackorderSqlDialect _d;

    public BackorderStatements(BackorderSqlDialect dialect)
    {
        _d = dialect;
    }

    private string Product => _d.Q(nameof(Nop.Core.Domain.Catalog.Product));
    private string Setting => _d.Q(BackordersDefaults.ProductBackorderSettingTable);
    private string P(string column) => Product + "." + _d.Q(column);
    private string S(string column) => Setting + "." + _d.Q(column);

    private string InRange(int fromIdExclusive, int toIdInclusive) =>
        $"{P("Id")} > {fromIdExclusive} AND {P("Id")} <= {toIdInclusive}";

    private string ChoseOwnPolicy =>
        $"EXISTS (SELECT 1 FROM {Setting} WHERE {S("ProductId")} = {P("Id")} AND {S("UsesDefaultPolicy")} = {_d.Bool(false)})";

    /// <summary>Gives every product that follows the default the default's policy.</summary>
    public string ApplyDefault(BackorderMode mode, int fromIdExclusive, int toIdInclusive) =>
        $"UPDATE {Product} SET {_d.Q("BackorderModeId")} = {(int)mode} " +
        $"WHERE {InRange(fromIdExclusive, toIdInclusive)} AND {P("Deleted")} = {_d.Bool(false)} " +
        $"AND {P("BackorderModeId")} <> {(int)mode} AND NOT {ChoseOwnPolicy}";

    /// <summary>Clears the buy-button flags the low-stock activity set, on products whose policy now allows backorders.</summary>
    public string LiftBuyButtonFlags(int fromIdExclusive, int toIdInclusive) =>
        LiftFlag(LowStockFlags.BuyButtonDisabled,
            $"{_d.Q("DisableBuyButton")} = {_d.Bool(false)}, {_d.Q("DisableWishlistButton")} = {_d.Bool(false)}",
            fromIdExclusive, toIdInclusive);

    /// <summary>Publishes again products the low-stock activity unpublished, whose policy now allows backorders.</summary>
    public string LiftUnpublished(int fromIdExclusive, int toIdInclusive) =>
        LiftFlag(LowStockFlags.Unpublished, $"{_d.Q("Published")} = {_d.Bool(true)}", fromIdExclusive, toIdInclusive);

    private string LiftFlag(LowStockFlags flag, string assignments, int fromIdExclusive, int toIdInclusive) =>
        $"UPDATE {Product} SET {assignments} " +
        $"WHERE {InRange(fromIdExclusive, toIdInclusive)} AND {P("BackorderModeId")} <> {(int)BackorderMode.NoBackorders} " +
        $"AND EXISTS (SELECT 1 FROM {Setting} WHERE {S("ProductId")} = {P("Id")} " +
        $"AND ({S("LowStockFlagsSetByActivity")} & {(int)flag}) = {(int)flag})";

    /// <summary>
    /// Gives the attribute combinations of the products in the range that follow their product (no record of their
    /// own) the "allow out of stock orders" their product's policy implies.
    /// </summary>
    public string SyncCombinations(int fromProductIdExclusive, int toProductIdInclusive)
    {
        var combination = _d.Q(nameof(ProductAttributeCombination));
        var c = (string column) => combination + "." + _d.Q(column);
        var own = _d.Q(BackordersDefaults.CombinationBackorderSettingTable);
        var allows = $"(SELECT {P("BackorderModeId")} FROM {Product} WHERE {P("Id")} = {c("ProductId")}) <> {(int)BackorderMode.NoBackorders}";

        return $"UPDATE {combination} SET {_d.Q("AllowOutOfStockOrders")} = (CASE WHEN {allows} THEN {_d.Bool(true)} ELSE {_d.Bool(false)} END) " +
            $"WHERE {c("ProductId")} > {fromProductIdExclusive} AND {c("ProductId")} <= {toProductIdInclusive} " +
            $"AND {c("AllowOutOfStockOrders")} <> (CASE WHEN {allows} THEN {_d.Bool(true)} ELSE {_d.Bool(false)} END) " +
            $"AND NOT EXISTS (SELECT 1 FROM {own} WHERE {own}.{_d.Q("CombinationId")} = {c("Id")})";
    }

    /// <summary>Gives one product's following combinations the value its new policy implies (before the product itself is saved).</summary>
    public string SetFollowingCombinations(int productId, bool allowOutOfStockOrders)
    {
        var combination = _d.Q(nameof(ProductAttributeCombination));
        var own = _d.Q(BackordersDefaults.CombinationBackorderSettingTable);
        return $"UPDATE {combination} SET {_d.Q("AllowOutOfStockOrders")} = {_d.Bool(allowOutOfStockOrders)} " +
            $"WHERE {combination}.{_d.Q("ProductId")} = {productId} AND {combination}.{_d.Q("AllowOutOfStockOrders")} <> {_d.Bool(allowOutOfStockOrders)} " +
            $"AND NOT EXISTS (SELECT 1 FROM {own} WHERE {own}.{_d.Q("CombinationId")} = {combination}.{_d.Q("Id")})";
    }

    /// <summary>Writes only the low-stock flags of one product, so a concurrent stock change is never overwritten by a stale entity.</summary>
    public string SetLowStockFlags(int productId, bool disableBuyButton, bool published) =>
        $"UPDATE {Product} SET {_d.Q("DisableBuyButton")} = {_d.Bool(disableBuyButton)}, {_d.Q("DisableWishlistButton")} = {_d.Bool(disableBuyButton)}, " +
        $"{_d.Q("Published")} = {_d.Bool(published)} WHERE {_d.Q("Id")} = {productId}";

    /// <summary>Forgets lifted flags: products whose policy now allows backorders have none set by the activity.</summary>
    public string ForgetLiftedFlags(int fromIdExclusive, int toIdInclusive) =>
        $"UPDATE {Setting} SET {_d.Q("LowStockFlagsSetByActivity")} = 0, {_d.Q("UpdatedOnUtc")} = {_d.UtcNow} " +
        $"WHERE {S("LowStockFlagsSetByActivity")} <> 0 AND {S("ProductId")} IN (SELECT {P("Id")} FROM {Product} " +
        $"WHERE {InRange(fromIdExclusive, toIdInclusive)} AND {P("BackorderModeId")} <> {(int)BackorderMode.NoBackorders})";

    /// <summary>
    /// Records, for products the plugin has not seen yet, whether they follow the default (their policy equals it)
    /// and which of their flags the low-stock activity most likely set (the flag it sets, with stock at or below the minimum).
    /// </summary>
    public string RecordExistingProducts(BackorderMode defaultMode, int fromIdExclusive, int toIdInclusive)
    {
        var totalStock =
            $"(CASE WHEN {P("UseMultipleWarehouses")} = {_d.Bool(true)} THEN " +
            $"COALESCE((SELECT SUM({_d.Q("StockQuantity")} - {_d.Q("ReservedQuantity")}) FROM {_d.Q(nameof(ProductWarehouseInventory))} " +
            $"WHERE {_d.Q(nameof(ProductWarehouseInventory))}.{_d.Q("ProductId")} = {P("Id")}), 0) " +
            $"ELSE {P("StockQuantity")} END)";
        var atMinimum = $"{P("ManageInventoryMethodId")} = {(int)ManageInventoryMethod.ManageStock} AND {totalStock} <= {P("MinStockQuantity")}";
        var flags =
            $"(CASE WHEN {atMinimum} AND {P("LowStockActivityId")} = {(int)LowStockActivity.DisableBuyButton} AND {P("DisableBuyButton")} = {_d.Bool(true)} THEN {(int)LowStockFlags.BuyButtonDisabled} " +
            $"WHEN {atMinimum} AND {P("LowStockActivityId")} = {(int)LowStockActivity.Unpublish} AND {P("Published")} = {_d.Bool(false)} THEN {(int)LowStockFlags.Unpublished} " +
            "ELSE 0 END)";
        var usesDefault = $"{P("BackorderModeId")} = {(int)defaultMode}";

        return $"INSERT INTO {Setting} ({_d.Q("ProductId")}, {_d.Q("UsesDefaultPolicy")}, {_d.Q("LowStockFlagsSetByActivity")}, {_d.Q("UpdatedOnUtc")}) " +
            $"SELECT {P("Id")}, (CASE WHEN {usesDefault} THEN {_d.Bool(true)} ELSE {_d.Bool(false)} END), {flags}, {_d.UtcNow} FROM {Product} " +
            $"WHERE {InRange(fromIdExclusive, toIdInclusive)} AND {P("Deleted")} = {_d.Bool(false)} " +
            $"AND (NOT ({usesDefault}) OR {flags} <> 0) " +
            $"AND NOT EXISTS (SELECT 1 FROM {Setting} WHERE {S("ProductId")} = {P("Id")})";
    }
}
