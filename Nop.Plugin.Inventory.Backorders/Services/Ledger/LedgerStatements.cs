using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>How a database runs the fill: one guarded UPDATE that hands back what it wrote, or a locking transaction.</summary>
public enum FillShape
{
    /// <summary>PostgreSQL: UPDATE … FROM (allocation) … RETURNING.</summary>
    UpdateReturning,
    /// <summary>SQL Server: UPDATE … OUTPUT … FROM (allocation).</summary>
    UpdateOutput,
    /// <summary>MySQL/MariaDB (no UPDATE … RETURNING): lock the waiting lines and the stock rows, read the allocation, write it, commit.</summary>
    LockingTransaction,
    /// <summary>SQLite (tests only): the same in a BEGIN IMMEDIATE transaction (SQLite has one writer at a time).</summary>
    ImmediateTransaction
}

/// <summary>
/// The ledger's set-based fill: one statement (or one transaction) per stock, however many lines wait. The allocation
/// is <see cref="BackorderFill"/>'s rule in SQL: fillable = units waiting − shortfall of stock below zero, handed out
/// oldest order first, computed with one running sum (newest first: the shortfall stays with the newest lines). Every write is guarded by "still waiting exactly as read", so two instances
/// that see the same restock never hand out the same units twice: the second finds the lines changed and skips them
/// (PostgreSQL re-checks the guard on the committed row; MariaDB's locks make the read and the write see one state).
/// Only integers and identifiers go into the text.
/// </summary>
public sealed class LedgerStatements
{
    private readonly BackorderSqlDialect _d;

    public LedgerStatements(BackorderSqlDialect dialect, FillShape shape)
    {
        _d = dialect;
        Shape = shape;
    }

    public FillShape Shape { get; }

    public static LedgerStatements For(DataProviderType provider) => provider switch
    {
        DataProviderType.SqlServer => new(BackorderSqlDialect.SqlServer, FillShape.UpdateOutput),
        DataProviderType.MySql => new(BackorderSqlDialect.MySql, FillShape.LockingTransaction),
        DataProviderType.PostgreSQL => new(BackorderSqlDialect.PostgreSql, FillShape.UpdateReturning),
        _ => throw new NotSupportedException($"The Backorders plugin does not support the database provider '{provider}'.")
    };

    private string Ledger => _d.Q(BackordersDefaults.OrderItemBackorderTable);
    private string L(string column) => Ledger + "." + _d.Q(column);
    private string A(string column) => "a." + _d.Q(column);
    private string Open(string prefix) =>
        $"({prefix}{_d.Q("QuantityBackordered")} - {prefix}{_d.Q("QuantityFilled")} - {prefix}{_d.Q("QuantityCancelled")})";

    private static readonly string Waiting = $"({(int)BackorderLineStatus.Open}, {(int)BackorderLineStatus.PartlyFilled})";

    private string KeyFilter(string prefix, StockKey key) =>
        $"{prefix}{_d.Q("ProductId")} = {key.ProductId} AND " +
        (key.CombinationId is { } c ? $"{prefix}{_d.Q("CombinationId")} = {c}" : $"{prefix}{_d.Q("CombinationId")} IS NULL");

    /// <summary>Stock available now for the key; NULL when the product no longer keeps stock that way (then nothing fills).</summary>
    private string Available(StockKey key)
    {
        var product = _d.Q(nameof(Product));
        var p = (string column) => "p." + _d.Q(column);
        if (key.CombinationId is { } combinationId)
        {
            return $"(SELECT c.{_d.Q("StockQuantity")} FROM {_d.Q(nameof(ProductAttributeCombination))} c " +
                $"JOIN {product} p ON {p("Id")} = c.{_d.Q("ProductId")} " +
                $"WHERE c.{_d.Q("Id")} = {combinationId} AND {p("ManageInventoryMethodId")} = {(int)ManageInventoryMethod.ManageStockByAttributes})";
        }

        return $"(SELECT {_d.TotalStock(p)} FROM {product} p " +
            $"WHERE {p("Id")} = {key.ProductId} AND {p("ManageInventoryMethodId")} = {(int)ManageInventoryMethod.ManageStock})";
    }

    /// <summary>
    /// The waiting lines of the key that get units now, with the units (Fill) and what they waited for (Open). One running
    /// sum, newest line first: After = units waiting in newer lines. The stock's shortfall (units below zero) stays with the
    /// newest lines, so a line gets Open + After − shortfall, clamped to 0..Open (<see cref="BackorderFill"/>'s rule:
    /// fillable = waiting − shortfall, oldest first). No second pass for the total.
    /// </summary>
    private string Allocation(StockKey key)
    {
        var q = _d.Q;
        var open = Open("b.");
        var lines =
            $"SELECT b.{q("Id")} AS {q("Id")}, {open} AS {q("Open")}, " +
            $"SUM({open}) OVER (ORDER BY b.{q("OrderId")} DESC, b.{q("Id")} DESC ROWS UNBOUNDED PRECEDING) - {open} AS {q("After")} " +
            $"FROM {Ledger} b WHERE {KeyFilter("b.", key)} AND b.{q("StatusId")} IN {Waiting}";
        // Nothing fills when the product no longer keeps stock that way (available NULL).
        var shortfall =
            $"SELECT (CASE WHEN v.{q("Available")} IS NULL THEN {int.MaxValue} WHEN v.{q("Available")} < 0 THEN -v.{q("Available")} ELSE 0 END) AS {q("Short")} " +
            $"FROM (SELECT {Available(key)} AS {q("Available")}) v";
        return
            $"SELECT x.{q("Id")} AS {q("Id")}, x.{q("Open")} AS {q("Open")}, " +
            $"(CASE WHEN s.{q("Short")} <= x.{q("After")} THEN x.{q("Open")} ELSE x.{q("After")} + x.{q("Open")} - s.{q("Short")} END) AS {q("Fill")} " +
            $"FROM ({lines}) x CROSS JOIN ({shortfall}) s WHERE s.{q("Short")} < x.{q("After")} + x.{q("Open")}";
    }

    private string StatusAfterFill => $"(CASE WHEN {A("Open")} > {A("Fill")} THEN {(int)BackorderLineStatus.PartlyFilled} ELSE {(int)BackorderLineStatus.Filled} END)";

    private string Guard => $"{L("StatusId")} IN {Waiting} AND {Open(Ledger + ".")} = {A("Open")}";

    private static readonly string[] _lineColumns =
        ["Id", "OrderId", "OrderItemId", "ProductId", "CombinationId", "WarehouseId", "QuantityOrdered", "QuantityBackordered", "QuantityFilled", "QuantityCancelled", "StatusId"];

    /// <summary>The line's columns as written (<paramref name="computeFill"/>: as the fill will write them, for a read before the write).</summary>
    private string Returned(string source, bool computeFill = false) => string.Join(", ", _lineColumns.Select(c => c switch
    {
        "QuantityFilled" when computeFill => $"{source}.{_d.Q(c)} + {A("Fill")} AS {_d.Q(c)}",
        "StatusId" when computeFill => $"{StatusAfterFill} AS {_d.Q(c)}",
        _ => $"{source}.{_d.Q(c)} AS {_d.Q(c)}"
    })) + $", {A("Fill")} AS {_d.Q("Fill")}";

    /// <summary>Fills the waiting lines of <paramref name="key"/> from its stock now; yields each line filled, as written (in no particular order).</summary>
    public string Fill(StockKey key)
    {
        var q = _d.Q;
        var allocation = Allocation(key);
        switch (Shape)
        {
            case FillShape.UpdateReturning:
                return $"UPDATE {Ledger} SET {q("QuantityFilled")} = {L("QuantityFilled")} + {A("Fill")}, {q("StatusId")} = {StatusAfterFill}, " +
                    $"{q("UpdatedOnUtc")} = {_d.UtcNow} FROM ({allocation}) a WHERE {L("Id")} = {A("Id")} AND {Guard} RETURNING {Returned(Ledger)}";
            case FillShape.UpdateOutput:
                return $"UPDATE {Ledger} SET {q("QuantityFilled")} = {L("QuantityFilled")} + {A("Fill")}, {q("StatusId")} = {StatusAfterFill}, " +
                    $"{q("UpdatedOnUtc")} = {_d.UtcNow} OUTPUT {Returned("inserted")} FROM {Ledger} JOIN ({allocation}) a ON {L("Id")} = {A("Id")} WHERE {Guard}";
            case FillShape.LockingTransaction:
            {
                var read = $"SELECT {Returned(Ledger, computeFill: true)} " +
                    $"FROM {Ledger} JOIN ({allocation}) a ON {L("Id")} = {A("Id")} WHERE {Guard}";
                var write = $"UPDATE {Ledger} JOIN ({allocation}) a ON {L("Id")} = {A("Id")} SET {L("StatusId")} = {StatusAfterFill}, " +
                    $"{L("QuantityFilled")} = {L("QuantityFilled")} + {A("Fill")}, {L("UpdatedOnUtc")} = {_d.UtcNow} WHERE {Guard}";
                return $"START TRANSACTION; {Locks(key)} {read}; {write}; COMMIT;";
            }
            default:
            {
                // SQLite: no other writer while the transaction holds the lock; the allocation is computed once into a temporary
                // table that the read and the write share (its RETURNING cannot name the allocation's columns).
                var temp = "temp." + q("bo_fill");
                var read = $"SELECT {Returned(Ledger, computeFill: true)} " +
                    $"FROM {Ledger} JOIN {temp} a ON {L("Id")} = {A("Id")} WHERE {Guard}";
                var write = $"UPDATE {Ledger} SET {q("QuantityFilled")} = {L("QuantityFilled")} + {A("Fill")}, {q("StatusId")} = {StatusAfterFill}, " +
                    $"{q("UpdatedOnUtc")} = {_d.UtcNow} FROM {temp} a WHERE {L("Id")} = {A("Id")} AND {Guard}";
                return $"BEGIN IMMEDIATE; DROP TABLE IF EXISTS {temp}; CREATE TEMP TABLE {q("bo_fill")} AS {allocation}; " +
                    $"{read}; {write}; DROP TABLE {temp}; COMMIT;";
            }
        }
    }

    /// <summary>Row locks (no-op updates) on the key's waiting lines, then on its stock rows, so the read and the write agree.</summary>
    private string Locks(StockKey key)
    {
        var q = _d.Q;
        var locks = $"UPDATE {Ledger} SET {q("StatusId")} = {q("StatusId")} WHERE {KeyFilter("", key)} AND {q("StatusId")} IN {Waiting}; " +
            $"UPDATE {q(nameof(Product))} SET {q("StockQuantity")} = {q("StockQuantity")} WHERE {q("Id")} = {key.ProductId}; ";
        return key.CombinationId is { } c
            ? locks + $"UPDATE {q(nameof(ProductAttributeCombination))} SET {q("StockQuantity")} = {q("StockQuantity")} WHERE {q("Id")} = {c}; "
            : locks + $"UPDATE {q(nameof(ProductWarehouseInventory))} SET {q("StockQuantity")} = {q("StockQuantity")} WHERE {q("ProductId")} = {key.ProductId}; ";
    }

    /// <summary>The key's stock now, read from the database (NULL when not kept that way): yields one <see cref="StockNow"/>.</summary>
    public string AvailableNow(StockKey key) => $"SELECT {Available(key)} AS {_d.Q("Available")}";

    /// <summary>Units waiting for the key, and its stock now (NULL when not kept that way): for lines added by an edit.</summary>
    public string OpenAndAvailable(StockKey key) =>
        $"SELECT COALESCE((SELECT SUM({Open("b.")}) FROM {Ledger} b WHERE {KeyFilter("b.", key)} AND b.{_d.Q("StatusId")} IN {Waiting}), 0) AS {_d.Q("Open")}, " +
        $"{Available(key)} AS {_d.Q("Available")}";
}

/// <summary>What <see cref="LedgerStatements.AvailableNow"/> yields.</summary>
public sealed class StockNow
{
    /// <summary>Null when the product no longer keeps stock that way (or is gone).</summary>
    public int? Available { get; set; }
}
