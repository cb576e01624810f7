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
    public static BackorderSqlDialect PostgreSql { get; } = new("\"", "\"", "true", "false", "(now() at time zone 'utc')", UpdateReturning.Returning);

    private readonly string _open;
    private readonly string _close;
    private readonly string _true;
    private readonly string _false;

    private readonly UpdateReturning _returning;

    public BackorderSqlDialect(string open, string close, string trueLiteral, string falseLiteral, string utcNow, UpdateReturning returning)
    {
        _returning = returning;
        _open = open;
        _close = close;
        _true = trueLiteral;
        _false = falseLiteral;
        UtcNow = utcNow;
    }

    public string UtcNow { get; }

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

    /// <summary>Adds <paramref name="delta"/> to an integer column of one row and yields the value written, atomically.</summary>
    public string AddAndReturn(string table, string column, int id, int delta)
    {
        var t = Q(table);
        var c = Q(column);
        var set = $"UPDATE {t} SET {c} = {c} + {delta}";
        var where = $"WHERE {Q("Id")} = {id}";

        return _returning switch
        {
            UpdateReturning.Returning => $"{set} {where} RETURNING {c}",
            UpdateReturning.Output => $"{set} OUTPUT inserted.{c} {where}",
            _ => $"START TRANSACTION; {set} {where}; SELECT {c} FROM {t} {where}; COMMIT;"
        };
    }
}
