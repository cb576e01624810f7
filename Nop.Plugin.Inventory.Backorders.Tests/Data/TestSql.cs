using Nop.Plugin.Inventory.Backorders.Data;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

public static class TestSql
{
    /// <summary>SQLite's spelling (tests only; nopCommerce itself runs on SQL Server, MySQL/MariaDB and PostgreSQL).</summary>
    public static BackorderSqlDialect Dialect { get; } =
        new("\"", "\"", "1", "0", "strftime('%Y-%m-%d %H:%M:%f', 'now')", UpdateReturning.Returning, serialWriters: true);
}
