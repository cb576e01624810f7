using FluentMigrator;
using FluentMigrator.Builders.Create.Table;

namespace Nop.Plugin.Inventory.Backorders.Data;

/// <summary>The plugin's migrations: tables created with FluentMigrator's own API, so they run in tests on SQLite, PostgreSQL and MariaDB.</summary>
public abstract class BackordersMigration : Migration
{
    /// <summary>
    /// Runs <paramref name="createTables"/> with the timestamp column type nopCommerce keeps its own in: microseconds on
    /// MySQL/MariaDB (where FluentMigrator's DateTime2 is a plain DATETIME), DateTime2 elsewhere.
    /// </summary>
    protected void WithTimestamps(Action<Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax>> createTables)
    {
        IfDatabase(IsMySql).Delegate(() => createTables(column => column.AsCustom("datetime(6)")));
        IfDatabase(type => !IsMySql(type)).Delegate(() => createTables(column => column.AsDateTime2()));
    }

    private static bool IsMySql(string databaseType) => databaseType.StartsWith("MySql", StringComparison.OrdinalIgnoreCase);
}
