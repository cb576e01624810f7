using Nop.Data;

namespace Nop.Plugin.Inventory.Backorders.Data;

/// <summary>
/// The few SQL spellings that differ between nopCommerce's databases. Statements carry identifiers and integers only;
/// nothing typed by a user is ever put into SQL text.
/// </summary>
public sealed class BackorderSqlDialect
{
    public static BackorderSqlDialect SqlServer { get; } = new("[", "]", "1", "0", "SYSUTCDATETIME()");
    public static BackorderSqlDialect MySql { get; } = new("`", "`", "1", "0", "UTC_TIMESTAMP(6)");
    public static BackorderSqlDialect PostgreSql { get; } = new("\"", "\"", "true", "false", "(now() at time zone 'utc')");

    private readonly string _open;
    private readonly string _close;
    private readonly string _true;
    private readonly string _false;

    public BackorderSqlDialect(string open, string close, string trueLiteral, string falseLiteral, string utcNow)
    {
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
}
