namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

/// <summary>
/// The databases the data tests run on. SQLite is in memory and always available; PostgreSQL and MariaDB come from
/// <see cref="TestDatabase.PostgresVariable"/> and <see cref="TestDatabase.MariaDbVariable"/> (set by <c>build/test.sh</c>).
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    MariaDb
}
