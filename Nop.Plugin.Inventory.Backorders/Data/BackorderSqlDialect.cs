using Nop.Core.Domain.Catalog;
using Nop.Data;

namespace Nop.Plugin.Inventory.Backorders.Data;

/// <summary>How a database hands back the value an UPDATE wrote, in the same atomic step.</summary>
public enum UpdateReturning
{
    /// <summary>PostgreSQL and SQLite: <c>UPDATE … RETURNING</c>.</summary>
    Returning,
    /// <summary>SQL Server: <c>UPDATE … OUTPUT inserted.…</c>.</summary>
    Output,
    /// <summary>MySQL/MariaDB (no UPDATE … RETURNING): the update and a read of the row in one transaction; the update's row lock keeps others out until the commit.</summary>
    TransactionRead
}

/// <summary>
/// The few SQL spellings that differ between nopCommerce's databases. Statements carry identifiers and integers only;
/// nothing typed by a user is ever put into SQL text.
/// </summary>
public sealed class BackorderSqlDialect
{
    public static BackorderSqlDialect SqlServer { get; } = new("[", "]", "1", "0", "SYSUTCDATETIME()", UpdateReturning.Output);
    public static BackorderSqlDialect MySql { get; } = new("`", "`", "1", "0", "UTC_TIMESTAMP(6)", UpdateReturning.TransactionRead);
    public static BackorderSqlDialect PostgreSql { get; } = new("\"", "\"", "true", "false", "(now() at time zone 'utc')", UpdateReturning.Returning)
    {
        BindsArrays = true, TextType = "citext"
    };

    private readonly string _open;
    private readonly string _close;
    private readonly string _true;
    private readonly string _false;

    private readonly UpdateReturning _returning;
    private readonly bool _serialWriters;

    /// <param name="serialWriters">A database that lets one writer in at a time and has no row locks (SQLite, tests only):
    /// a read-then-write runs inside <c>BEGIN IMMEDIATE … COMMIT</c> instead.</param>
    public BackorderSqlDialect(string open, string close, string trueLiteral, string falseLiteral, string utcNow, UpdateReturning returning,
        bool serialWriters = false)
    {
        _returning = returning;
        _serialWriters = serialWriters;
        _open = open;
        _close = close;
        _true = trueLiteral;
        _false = falseLiteral;
        UtcNow = utcNow;
    }

    public string UtcNow { get; }

    /// <summary>
    /// PostgreSQL: an array travels as one parameter and <c>unnest</c> turns it into rows, so a batch of values reaches a
    /// statement without a bulk load into a table.
    /// </summary>
    public bool BindsArrays { get; private init; }

    /// <summary>The type nopCommerce gives its string columns (PostgreSQL: citext, compared case-insensitively); null elsewhere.</summary>
    public string TextType { get; private init; }

    public static BackorderSqlDialect For(DataProviderType provider) => provider switch
    {
        DataProviderType.SqlServer => SqlServer,
        DataProviderType.MySql => MySql,
        DataProviderType.PostgreSQL => PostgreSql,
        _ => throw new NotSupportedException($"The Backorders plugin does not support the database provider '{provider}'.")
    };

    public string Q(string identifier) => _open + identifier + _close;

    public string Bool(bool value) => value ? _true : _false;

    /// <summary>
    /// A product's stock as nopCommerce totals it for a stock-managed product: with multiple warehouses the sum of each
    /// warehouse's stock less its reserved units, else the product's own <c>StockQuantity</c>.
    /// </summary>
    /// <param name="productColumn">A column of the product row in the enclosing statement, quoted and qualified.</param>
    public string TotalStock(Func<string, string> productColumn)
    {
        var warehouses = Q(nameof(ProductWarehouseInventory));
        return $"(CASE WHEN {productColumn("UseMultipleWarehouses")} = {Bool(true)} THEN " +
            $"COALESCE((SELECT SUM({warehouses}.{Q("StockQuantity")} - {warehouses}.{Q("ReservedQuantity")}) FROM {warehouses} " +
            $"WHERE {warehouses}.{Q("ProductId")} = {productColumn("Id")}), 0) " +
            $"ELSE {productColumn("StockQuantity")} END)";
    }

    /// <summary>
    /// MySQL/MariaDB: "SELECT STRAIGHT_JOIN" joins in the order written. Joining a large table on an unindexed column to a
    /// small indexed one, its optimizer may otherwise loop over the small side and scan the large one once per join buffer.
    /// </summary>
    public string SelectInOrder => _returning == UpdateReturning.TransactionRead ? "SELECT STRAIGHT_JOIN " : "SELECT ";

    /// <summary>
    /// An UPDATE that yields <paramref name="returnColumns"/> of exactly the rows it changed, in one step (run it with
    /// QueryAsync): RETURNING / OUTPUT where the database has it; on MySQL/MariaDB the rows are read with FOR UPDATE and then
    /// updated under the same condition, in one transaction, so no other writer slips in between.
    /// <paramref name="where"/> may qualify columns with the table's quoted name.
    /// </summary>
    public string UpdateAndReturn(string table, string assignments, string where, params string[] returnColumns)
    {
        var t = Q(table);
        var update = $"UPDATE {t} SET {assignments}";

        return _returning switch
        {
            UpdateReturning.Returning => $"{update} WHERE {where} RETURNING {string.Join(", ", returnColumns.Select(Q))}",
            UpdateReturning.Output => $"{update} OUTPUT {string.Join(", ", returnColumns.Select(c => "inserted." + Q(c)))} WHERE {where}",
            _ => $"START TRANSACTION; SELECT {string.Join(", ", returnColumns.Select(Q))} FROM {t} WHERE {where} FOR UPDATE; {update} WHERE {where}; COMMIT;"
        };
    }

    /// <summary>
    /// One UPDATE of <paramref name="table"/> (alias <c>t</c>) from the rows of <paramref name="source"/> (a FROM item with its alias, <c>w</c>) that
    /// <paramref name="on"/> joins to it: <paramref name="sets"/> are column = expression (over <c>t.</c> and <c>w.</c>),
    /// in each database's joined-UPDATE form (FROM on PostgreSQL/SQLite, JOIN on MySQL, UPDATE alias … FROM on SQL Server).
    /// </summary>
    public string UpdateJoined(string table, string source, string on, IEnumerable<(string Column, string Value)> sets)
    {
        var t = Q(table);
        var w = source;
        var list = sets.ToList();
        return _returning switch
        {
            UpdateReturning.Returning => $"UPDATE {t} AS t SET {string.Join(", ", list.Select(s => $"{Q(s.Column)} = {s.Value}"))} FROM {w} WHERE {on}",
            UpdateReturning.Output => $"UPDATE t SET {string.Join(", ", list.Select(s => $"{Q(s.Column)} = {s.Value}"))} FROM {t} t JOIN {w} ON {on}",
            _ => $"UPDATE {t} t JOIN {w} ON {on} SET {string.Join(", ", list.Select(s => $"t.{Q(s.Column)} = {s.Value}"))}"
        };
    }

    /// <summary>
    /// Adds <paramref name="delta"/> to an integer column of one row and yields the value written, atomically. With
    /// <paramref name="lowest"/>, the change is made only when the value stays at or above it; otherwise nothing is
    /// changed and no row is returned (the check and the change are one step, so concurrent changes cannot pass it together).
    /// </summary>
    public string AddAndReturn(string table, string column, int id, int delta, int? lowest = null)
    {
        var t = Q(table);
        var c = Q(column);
        var set = $"UPDATE {t} SET {c} = {c} + {delta}";
        var where = $"WHERE {Q("Id")} = {id}" + (lowest is { } floor ? $" AND {c} + {delta} >= {floor}" : "");

        return _returning switch
        {
            UpdateReturning.Returning => $"{set} {where} RETURNING {c}",
            UpdateReturning.Output => $"{set} OUTPUT inserted.{c} {where}",
            _ when lowest is null => $"START TRANSACTION; {set} {where}; SELECT {c} FROM {t} WHERE {Q("Id")} = {id}; COMMIT;",
            // ROW_COUNT(): what the UPDATE just before changed (nopCommerce's connections allow no user variables).
            _ => $"START TRANSACTION; {set} {where}; SELECT {c} FROM {t} WHERE {Q("Id")} = {id} AND ROW_COUNT() > 0; COMMIT;"
        };
    }

    /// <summary>
    /// A product's warehouse rows as the reservation and the release read them, locked where the statement itself locks:
    /// SQL Server <c>UPDLOCK, HOLDLOCK</c>; PostgreSQL <c>FOR UPDATE</c> in Id order (in the order a scan met them, two
    /// statements could lock them in different orders once updates had moved rows within the table: a deadlock, which
    /// PostgreSQL breaks by failing one). MySQL locks them with a no-op UPDATE first and SQLite with BEGIN IMMEDIATE.
    /// </summary>
    private string LockedWarehouseRows(int productId)
    {
        var select = $"SELECT {Q("Id")}, {Q("WarehouseId")}, {Q("StockQuantity")}, {Q("ReservedQuantity")} " +
            $"FROM {Q(nameof(Nop.Core.Domain.Catalog.ProductWarehouseInventory))}";
        var where = $"WHERE {Q("ProductId")} = {productId}";
        return _returning switch
        {
            _ when _serialWriters => $"{select} {where}",
            UpdateReturning.Output => $"{select} WITH (UPDLOCK, HOLDLOCK) {where}",
            UpdateReturning.Returning => $"{select} {where} ORDER BY {Q("Id")} FOR UPDATE",
            _ => $"{select} {where}"
        };
    }

    /// <summary>
    /// Reserves <paramref name="quantity"/> units of a multiple-warehouse product as nopCommerce's ReserveInventoryAsync
    /// does (warehouses by available = stock − reserved, most first; each gives what it has; the rest is reserved in the
    /// first one, below zero), with the product's warehouse rows locked, so concurrent reservations never lose one.
    /// Returns the rows changed (columns of <c>WarehouseReservationRow</c>: the row after the change, what it gave from
    /// stock, what it took as backorder, and the product's free and net available before). With <paramref name="lowest"/>,
    /// nothing is changed (no row returned) when the net available would fall below it.
    /// </summary>
    public string ReserveInWarehouses(int productId, int quantity, int? lowest)
    {
        if (quantity <= 0)
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A reservation takes a positive quantity.");

        var pwi = Q(nameof(Nop.Core.Domain.Catalog.ProductWarehouseInventory));
        var (id, warehouse, stock, reserved) = (Q("Id"), Q("WarehouseId"), Q("StockQuantity"), Q("ReservedQuantity"));
        var (taken, backordered, free, net, rn, before, freeTotal, total) =
            (Q("Taken"), Q("Backordered"), Q("Free"), Q("Net"), Q("Rn"), Q("FreeBefore"), Q("FreeTotal"), Q("Total"));
        string Max0(string x) => $"(CASE WHEN {x} > 0 THEN {x} ELSE 0 END)";

        // The rows, read (and on servers locked) first; ranked like nopCommerce (ties: lowest Id first).
        var rows = LockedWarehouseRows(productId);
        var ranked = $"SELECT src.{id}, src.{warehouse}, src.{stock}, src.{reserved}, src.{stock} - src.{reserved} AS {net}, " +
            $"{Max0($"src.{stock} - src.{reserved}")} AS {free}, " +
            $"ROW_NUMBER() OVER (ORDER BY src.{stock} - src.{reserved} DESC, src.{id}) AS {rn} FROM ({rows}) src";
        var summed = $"SELECT r.*, SUM(r.{free}) OVER (ORDER BY r.{rn} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - r.{free} AS {before}, " +
            $"SUM(r.{free}) OVER () AS {freeTotal}, SUM(r.{net}) OVER () AS {total} FROM ({ranked}) r";
        var want = Max0($"{quantity} - s.{before}");
        var plan = $"SELECT s.{id}, s.{warehouse}, s.{stock}, s.{reserved}, s.{freeTotal}, s.{total}, " +
            $"(CASE WHEN s.{free} < {want} THEN s.{free} ELSE {want} END) AS {taken}, " +
            $"(CASE WHEN s.{rn} = 1 THEN {Max0($"{quantity} - s.{freeTotal}")} ELSE 0 END) AS {backordered} FROM ({summed}) s";
        var applies = $"bo_plan.{taken} + bo_plan.{backordered} > 0" + (lowest is { } floor ? $" AND bo_plan.{total} - {quantity} >= {floor}" : "");
        var add = $"bo_plan.{taken} + bo_plan.{backordered}";
        var result = $"{{0}}{id}, {{0}}{warehouse}, {{0}}{stock}, {{1}} AS {reserved}, bo_plan.{taken}, bo_plan.{backordered}, bo_plan.{freeTotal}, bo_plan.{total}";

        return _returning switch
        {
            _ when _serialWriters =>
                $"BEGIN IMMEDIATE; SELECT {string.Format(result, "bo_plan.", $"bo_plan.{reserved} + {add}")} FROM ({plan}) bo_plan WHERE {applies}; " +
                $"UPDATE {pwi} SET {reserved} = {pwi}.{reserved} + {add} FROM ({plan}) bo_plan WHERE {pwi}.{id} = bo_plan.{id} AND {applies}; COMMIT;",
            UpdateReturning.Returning =>
                $"UPDATE {pwi} SET {reserved} = {pwi}.{reserved} + {add} FROM ({plan}) bo_plan WHERE {pwi}.{id} = bo_plan.{id} AND {applies} " +
                $"RETURNING {string.Format(result, pwi + ".", $"{pwi}.{reserved}")}",
            UpdateReturning.Output =>
                $"UPDATE w SET {reserved} = w.{reserved} + {add} OUTPUT {string.Format(result, "inserted.", $"inserted.{reserved}")} " +
                $"FROM {pwi} w JOIN ({plan}) bo_plan ON w.{id} = bo_plan.{id} WHERE {applies}",
            _ =>
                // The no-op UPDATE locks the product's rows (no result set, no user variable) until COMMIT.
                $"START TRANSACTION; UPDATE {pwi} SET {reserved} = {reserved} WHERE {Q("ProductId")} = {productId}; " +
                $"SELECT {string.Format(result, "bo_plan.", $"bo_plan.{reserved} + {add}")} FROM ({plan}) bo_plan WHERE {applies}; " +
                $"UPDATE {pwi} JOIN ({plan}) bo_plan ON {pwi}.{id} = bo_plan.{id} SET {pwi}.{reserved} = {pwi}.{reserved} + {add} WHERE {applies}; COMMIT;"
        };
    }

    /// <summary>
    /// Gives back <paramref name="quantity"/> units of a multiple-warehouse product as nopCommerce's
    /// UnblockReservedInventoryAsync does (warehouses by reserved, most first, then by stock; each releases what it has
    /// reserved; what is left is added to the first one's stock), with the product's warehouse rows locked. Returns the
    /// rows changed: the row after the change, <c>Taken</c> = units released, <c>Backordered</c> = units added to stock.
    /// </summary>
    public string ReleaseInWarehouses(int productId, int quantity)
    {
        if (quantity <= 0)
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A release gives back a positive quantity.");

        var pwi = Q(nameof(Nop.Core.Domain.Catalog.ProductWarehouseInventory));
        var (id, warehouse, stock, reserved) = (Q("Id"), Q("WarehouseId"), Q("StockQuantity"), Q("ReservedQuantity"));
        var (released, added, held, rn, before, heldTotal) = (Q("Taken"), Q("Backordered"), Q("Held"), Q("Rn"), Q("HeldBefore"), Q("HeldTotal"));
        string Max0(string x) => $"(CASE WHEN {x} > 0 THEN {x} ELSE 0 END)";

        var rows = LockedWarehouseRows(productId);
        var ranked = $"SELECT src.{id}, src.{warehouse}, src.{stock}, src.{reserved}, {Max0($"src.{reserved}")} AS {held}, " +
            $"ROW_NUMBER() OVER (ORDER BY src.{reserved} DESC, src.{stock} DESC, src.{id}) AS {rn} FROM ({rows}) src";
        var summed = $"SELECT r.*, SUM(r.{held}) OVER (ORDER BY r.{rn} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - r.{held} AS {before}, " +
            $"SUM(r.{held}) OVER () AS {heldTotal} FROM ({ranked}) r";
        var want = Max0($"{quantity} - s.{before}");
        var plan = $"SELECT s.{id}, s.{warehouse}, s.{stock}, s.{reserved}, " +
            $"(CASE WHEN s.{held} < {want} THEN s.{held} ELSE {want} END) AS {released}, " +
            $"(CASE WHEN s.{rn} = 1 THEN {Max0($"{quantity} - s.{heldTotal}")} ELSE 0 END) AS {added} FROM ({summed}) s";
        var applies = $"bo_plan.{released} + bo_plan.{added} > 0";
        var set = $"{reserved} = {{0}}{reserved} - bo_plan.{released}, {stock} = {{0}}{stock} + bo_plan.{added}";
        var result = $"{{0}}{id}, {{0}}{warehouse}, {{1}} AS {stock}, {{2}} AS {reserved}, bo_plan.{released}, bo_plan.{added}";
        var selectAfter = string.Format(result, "bo_plan.", $"bo_plan.{stock} + bo_plan.{added}", $"bo_plan.{reserved} - bo_plan.{released}");

        return _returning switch
        {
            _ when _serialWriters =>
                $"BEGIN IMMEDIATE; SELECT {selectAfter} FROM ({plan}) bo_plan WHERE {applies}; " +
                $"UPDATE {pwi} SET {string.Format(set, pwi + ".")} FROM ({plan}) bo_plan WHERE {pwi}.{id} = bo_plan.{id} AND {applies}; COMMIT;",
            UpdateReturning.Returning =>
                $"UPDATE {pwi} SET {string.Format(set, pwi + ".")} FROM ({plan}) bo_plan WHERE {pwi}.{id} = bo_plan.{id} AND {applies} " +
                $"RETURNING {string.Format(result, pwi + ".", $"{pwi}.{stock}", $"{pwi}.{reserved}")}",
            UpdateReturning.Output =>
                $"UPDATE w SET {string.Format(set, "w.")} OUTPUT {string.Format(result, "inserted.", $"inserted.{stock}", $"inserted.{reserved}")} " +
                $"FROM {pwi} w JOIN ({plan}) bo_plan ON w.{id} = bo_plan.{id} WHERE {applies}",
            _ =>
                $"START TRANSACTION; UPDATE {pwi} SET {reserved} = {reserved} WHERE {Q("ProductId")} = {productId}; " +
                $"SELECT {selectAfter} FROM ({plan}) bo_plan WHERE {applies}; " +
                $"UPDATE {pwi} JOIN ({plan}) bo_plan ON {pwi}.{id} = bo_plan.{id} SET {string.Format(set, pwi + ".").Replace($"{reserved} = ", $"{pwi}.{reserved} = ").Replace($", {stock} = ", $", {pwi}.{stock} = ")} WHERE {applies}; COMMIT;"
        };
    }
}
