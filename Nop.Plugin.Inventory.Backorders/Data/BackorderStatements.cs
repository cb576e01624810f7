using System.Globalization;
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

    /// <summary>Gives every product in the range that follows the default the default's policy; yields the Ids of the products changed.</summary>
    public string ApplyDefault(BackorderMode mode, int fromIdExclusive, int toIdInclusive) =>
        _d.UpdateAndReturn(nameof(Nop.Core.Domain.Catalog.Product), $"{_d.Q("BackorderModeId")} = {(int)mode}",
            $"{InRange(fromIdExclusive, toIdInclusive)} AND {P("Deleted")} = {_d.Bool(false)} " +
            $"AND {P("BackorderModeId")} <> {(int)mode} AND NOT {ChoseOwnPolicy}",
            "Id");

    /// <summary>
    /// Enables again the buy and wishlist buttons of the given products (those whose buy button the low-stock activity
    /// disabled) where their policy now allows backorders; yields the Ids of the products changed.
    /// </summary>
    public string LiftBuyButtonFlags(IEnumerable<int> productIds) =>
        _d.UpdateAndReturn(nameof(Nop.Core.Domain.Catalog.Product),
            $"{_d.Q("DisableBuyButton")} = {_d.Bool(false)}, {_d.Q("DisableWishlistButton")} = {_d.Bool(false)}",
            $"{P("Id")} IN ({IdList(productIds)}) AND {P("BackorderModeId")} <> {(int)BackorderMode.NoBackorders} " +
            $"AND ({P("DisableBuyButton")} = {_d.Bool(true)} OR {P("DisableWishlistButton")} = {_d.Bool(true)})",
            "Id");

    /// <summary>Publishes again the given products (those the low-stock activity unpublished) where their policy now allows backorders; yields the Ids changed.</summary>
    public string LiftUnpublished(IEnumerable<int> productIds) =>
        _d.UpdateAndReturn(nameof(Nop.Core.Domain.Catalog.Product), $"{_d.Q("Published")} = {_d.Bool(true)}",
            $"{P("Id")} IN ({IdList(productIds)}) AND {P("BackorderModeId")} <> {(int)BackorderMode.NoBackorders} " +
            $"AND {P("Published")} = {_d.Bool(false)}",
            "Id");

    /// <summary>Integers only: ids read from the database, never text from a request.</summary>
    private static string IdList(IEnumerable<int> ids)
    {
        var list = string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return list.Length > 0 ? list : throw new ArgumentException("At least one id is required.", nameof(ids));
    }

    /// <summary>
    /// Gives the attribute combinations of the products in the range that follow their product (no record of their
    /// own) the "allow out of stock orders" their product's policy implies; yields Id and ProductId of the combinations changed.
    /// </summary>
    public string SyncCombinations(int fromProductIdExclusive, int toProductIdInclusive)
    {
        var combination = _d.Q(nameof(ProductAttributeCombination));
        var c = (string column) => combination + "." + _d.Q(column);
        var own = _d.Q(BackordersDefaults.CombinationBackorderSettingTable);
        var allows = $"(SELECT {P("BackorderModeId")} FROM {Product} WHERE {P("Id")} = {c("ProductId")}) <> {(int)BackorderMode.NoBackorders}";

        return _d.UpdateAndReturn(nameof(ProductAttributeCombination),
            $"{_d.Q("AllowOutOfStockOrders")} = (CASE WHEN {allows} THEN {_d.Bool(true)} ELSE {_d.Bool(false)} END)",
            $"{c("ProductId")} > {fromProductIdExclusive} AND {c("ProductId")} <= {toProductIdInclusive} " +
            $"AND {c("AllowOutOfStockOrders")} <> (CASE WHEN {allows} THEN {_d.Bool(true)} ELSE {_d.Bool(false)} END) " +
            $"AND NOT EXISTS (SELECT 1 FROM {own} WHERE {own}.{_d.Q("CombinationId")} = {c("Id")})",
            "Id", "ProductId");
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

    /// <summary>Forgets lifted flags: of the given products, those whose policy now allows backorders have none set by the activity.</summary>
    public string ForgetLiftedFlags(IEnumerable<int> productIds) =>
        $"UPDATE {Setting} SET {_d.Q("LowStockFlagsSetByActivity")} = 0, {_d.Q("UpdatedOnUtc")} = {_d.UtcNow} " +
        $"WHERE {S("ProductId")} IN ({IdList(productIds)}) AND {S("LowStockFlagsSetByActivity")} <> 0 " +
        $"AND EXISTS (SELECT 1 FROM {Product} WHERE {P("Id")} = {S("ProductId")} AND {P("BackorderModeId")} <> {(int)BackorderMode.NoBackorders})";

    /// <summary>
    /// Records, for products the plugin has not seen yet, whether they follow the default (their policy equals it)
    /// and which of their flags the low-stock activity most likely set (the flag it sets, with stock at or below the minimum).
    /// </summary>
    public string RecordExistingProducts(BackorderMode defaultMode, int fromIdExclusive, int toIdInclusive)
    {
        var totalStock = _d.TotalStock(P);
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
