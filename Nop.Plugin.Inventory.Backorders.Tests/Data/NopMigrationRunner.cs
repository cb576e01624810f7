using System.Data;
using FluentMigrator.Expressions;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Conventions;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Inventory.Backorders.Data;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

/// <summary>
/// A FluentMigrator 8 runner configured as nopCommerce configures its own: SQLite / Postgres92 / MySql5 generator,
/// version table "MigrationVersionInfo", the plugin assembly scanned, string columns as citext on PostgreSQL.
/// Shared by the tests and the benchmarks.
/// </summary>
public static class NopMigrationRunner
{
    public const string VersionTableName = "MigrationVersionInfo";

    /// <summary>Runs <paramref name="use"/> with a runner on the database; the runner and its connection are disposed afterwards.</summary>
    public static void Run(DatabaseProvider provider, string connectionString, Action<IMigrationRunner> use)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(rb =>
            {
                _ = provider switch
                {
                    DatabaseProvider.Sqlite => rb.AddSQLite(),
                    DatabaseProvider.PostgreSql => rb.AddPostgres92(),
                    DatabaseProvider.MariaDb => rb.AddMySql5(),
                    _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null)
                };
                rb.WithGlobalConnectionString(connectionString)
                    .WithVersionTable(new NopVersionTable())
                    .ScanIn(typeof(SchemaMigration).Assembly).For.Migrations();
            });

        if (provider == DatabaseProvider.PostgreSql)
        {
            var conventions = new DefaultConventionSet();
            conventions.ColumnsConventions.Add(new CitextColumnsConvention());
            services.AddSingleton<IConventionSet>(conventions);
        }

        using var serviceProvider = services.BuildServiceProvider(validateScopes: false);
        using var scope = serviceProvider.CreateScope();
        use(scope.ServiceProvider.GetRequiredService<IMigrationRunner>());
    }

    private sealed class NopVersionTable : IVersionTableMetaData
    {
        public bool OwnsSchema => true;
        public string SchemaName => string.Empty;
        public string TableName => VersionTableName;
        public string ColumnName => "Version";
        public string DescriptionColumnName => "Description";
        public string UniqueIndexName => "UC_Version";
        public string AppliedOnColumnName => "AppliedOn";
        public bool CreateWithPrimaryKey => false;
    }

    /// <summary>nopCommerce's NopColumnsConvention: on PostgreSQL every string column is citext.</summary>
    private sealed class CitextColumnsConvention : IColumnsConvention
    {
        public IColumnsExpression Apply(IColumnsExpression expression)
        {
            foreach (var column in expression.Columns.Where(c => c.Type == DbType.String))
            {
                column.Type = null;
                column.CustomType = "citext";
            }

            return expression;
        }
    }
}
