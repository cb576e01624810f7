using System.Data;
using System.Reflection;
using FluentMigrator.Expressions;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Conventions;
using FluentMigrator.Runner.VersionTableInfo;
using LinqToDB;
using LinqToDB.Data;
using LinqToDB.DataProvider.MySql;
using LinqToDB.DataProvider.PostgreSQL;
using LinqToDB.DataProvider.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using Nop.Core.Caching;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Tests.Data;
using Nop.Services.Configuration;
using Npgsql;

namespace Backorders.Benchmarks.Data;

/// <summary>
/// A fresh database for one benchmark case, set up as the tests' (Tests/Data/TestDatabase.cs, whose mapping
/// <see cref="NopTables"/> and repository <see cref="LinqToDbRepository{TEntity}"/> this project compiles in): nopCommerce's
/// tables and the plugin's own migration, run by FluentMigrator 8.
/// <list type="bullet">
/// <item>SQLite: a private in-memory database (shared cache, kept alive by one open connection).</item>
/// <item>PostgreSQL: a new database on the server of BACKORDERS_TEST_POSTGRES (as build/db/start-postgres.sh prints it),
/// dropped on <see cref="Dispose"/>.</item>
/// <item>MariaDB: a new database on the server of BACKORDERS_TEST_MARIADB (as build/db/start-mariadb.sh prints it; the
/// user may create databases whose name starts with the configured one), dropped on <see cref="Dispose"/>.</item>
/// </list>
/// </summary>
public sealed class BenchmarkDatabase : IDisposable
{
    public const string PostgresVariable = "BACKORDERS_TEST_POSTGRES";
    public const string MariaDbVariable = "BACKORDERS_TEST_MARIADB";

    private readonly string _serverConnectionString;
    private readonly string _connectionString;
    private readonly string _name;
    private SqliteConnection _keepAlive;

    private BenchmarkDatabase(DatabaseProvider provider, string connectionString, string name, string serverConnectionString)
    {
        Provider = provider;
        _connectionString = connectionString;
        _name = name;
        _serverConnectionString = serverConnectionString;
        DataOptions = (provider switch
            {
                DatabaseProvider.Sqlite => new DataOptions().UseSQLite(connectionString, SQLiteProvider.Microsoft),
                DatabaseProvider.PostgreSql => new DataOptions().UsePostgreSQL(connectionString, PostgreSQLVersion.v15,
                    o => o with { IdentifierQuoteMode = PostgreSQLIdentifierQuoteMode.Quote }),
                _ => new DataOptions().UseMySql(connectionString, MySqlVersion.MariaDB10, MySqlProvider.MySqlConnector)
            })
            .UseMappingSchema(NopTables.MappingSchemaFor(provider));
    }

    public DatabaseProvider Provider { get; }

    public DataOptions DataOptions { get; }

    /// <summary>Which databases the data benchmarks run on: "Sqlite" (the default), or a list such as "PostgreSql,MariaDb".</summary>
    public const string DatabasesVariable = "BACKORDERS_BENCH_DATABASES";

    /// <summary>
    /// The databases of the <c>Database</c> parameter: SQLite in memory unless <see cref="DatabasesVariable"/> names others
    /// (PostgreSQL needs <see cref="PostgresVariable"/>, MariaDB <see cref="MariaDbVariable"/>). Opt-in, so that a shell where the tests' variables are set
    /// still gets the quick run.
    /// </summary>
    public static IEnumerable<DatabaseProvider> Available
    {
        get
        {
            var named = Environment.GetEnvironmentVariable(DatabasesVariable);
            return string.IsNullOrWhiteSpace(named)
                ? [DatabaseProvider.Sqlite]
                : named.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(n => Enum.Parse<DatabaseProvider>(n, ignoreCase: true)).ToList();
        }
    }

    public static BenchmarkDatabase CreateWithSchema(DatabaseProvider provider)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        BenchmarkDatabase db;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
            {
                var name = "backorders_bench_" + suffix;
                var connectionString = new SqliteConnectionStringBuilder { DataSource = name, Mode = SqliteOpenMode.Memory, Cache = SqliteCacheMode.Shared }.ToString();
                db = new BenchmarkDatabase(provider, connectionString, name, null);
                db._keepAlive = new SqliteConnection(connectionString);
                db._keepAlive.Open();
                break;
            }
            case DatabaseProvider.PostgreSql:
            {
                var server = Environment.GetEnvironmentVariable(PostgresVariable)
                             ?? throw new InvalidOperationException($"{PostgresVariable} is not set (build/db/start-postgres.sh prints it)");
                var name = "backorders_bench_" + suffix;
                Execute(new NpgsqlConnection(server), $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'");
                var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
                // citext first, on a connection string of its own (Npgsql loads a database's types once per connection string).
                Execute(new NpgsqlConnection(new NpgsqlConnectionStringBuilder(builder.ConnectionString) { ApplicationName = "bench-setup", Pooling = false }.ConnectionString),
                    "CREATE EXTENSION IF NOT EXISTS citext");
                db = new BenchmarkDatabase(provider, builder.ConnectionString, name, server);
                break;
            }
            case DatabaseProvider.MariaDb:
            {
                var server = Environment.GetEnvironmentVariable(MariaDbVariable)
                             ?? throw new InvalidOperationException($"{MariaDbVariable} is not set (build/db/start-mariadb.sh prints it)");
                var builder = new MySqlConnectionStringBuilder(server);
                var name = $"{builder.Database}_bench_{suffix}";
                Execute(new MySqlConnection(server), $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                builder.Database = name;
                db = new BenchmarkDatabase(provider, builder.ConnectionString, name, server);
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        db.Migrate();
        return db;
    }

    /// <summary>nopCommerce's tables (as the tests create them) and the plugin's migration.</summary>
    private void Migrate() => NopMigrationRunner.Run(Provider, _connectionString, runner =>
    {
        runner.Up(new NopTables.CoreTablesMigration(NopTables.Core, Provider));
        runner.MigrateUp();
    });

    /// <summary>nopCommerce tables beyond the core ones (e.g. Warehouse), by nopCommerce's default column rules.</summary>
    public void CreateNopTables(params Type[] entityTypes) => NopMigrationRunner.Run(Provider, _connectionString, runner =>
        runner.Up(new NopTables.CoreTablesMigration(entityTypes.Select(NopTables.For).ToList(), Provider)));

    /// <summary>Multi-row INSERTs through linq2db's BulkCopy.</summary>
    public void BulkInsert<T>(IEnumerable<T> rows) where T : class
    {
        using var connection = new DataConnection(DataOptions);
        connection.BulkCopy(new BulkCopyOptions { BulkCopyType = BulkCopyType.MultipleRows, MaxBatchSize = 1000 }, rows);
    }

    public DataConnection OpenConnection() => new(DataOptions);

    /// <summary>Refreshes the planner's statistics after a bulk load (the databases would do it a little later on their own).</summary>
    public void Analyze()
    {
        using var connection = OpenConnection();
        if (Provider != DatabaseProvider.MariaDb)
        {
            connection.Execute("ANALYZE");
            return;
        }

        // The plugin's tables too: MariaDB plans the ledger's count and page from these statistics.
        foreach (var table in NopTables.Core.Select(t => t.Name).Append(BackordersDefaults.ProductBackorderSettingTable)
                     .Append(BackordersDefaults.CombinationBackorderSettingTable).Append(BackordersDefaults.OrderItemBackorderTable))
            connection.Execute($"ANALYZE TABLE `{table}`");
    }

    /// <summary>
    /// The plugin's service over this database with nopCommerce's wiring replaced by the harness: linq2db repositories,
    /// an INopDataProvider that runs SQL as given, the plugin's statements in the provider's dialect; the event publisher,
    /// static cache and setting service do nothing. <paramref name="parameters"/> fill what else the constructor asks for
    /// (e.g. texts, an activity log).
    /// </summary>
    public T CreateService<T>(params object[] parameters) where T : class
    {
        var services = new ServiceCollection()
            .AddSingleton(DataOptions)
            .AddSingleton(NoOp<IEventPublisher>.Create())
            .AddSingleton<IList<RepositoryEvent>>(new NullList<RepositoryEvent>())
            .AddTransient(typeof(IRepository<>), typeof(LinqToDbRepository<>))
            .AddSingleton(NopDataProviderProxy.Create(DataOptions))
            .AddSingleton(Dialect)
            .AddSingleton<BackorderStatements>()
            .AddSingleton(NoOp<IStaticCacheManager>.Create())
            .AddSingleton(NoOp<ISettingService>.Create())
            .BuildServiceProvider();
        return ActivatorUtilities.CreateInstance<T>(services, parameters);
    }

    /// <summary>The plugin's SQL spelling for this database (the tests' for SQLite).</summary>
    public BackorderSqlDialect Dialect => Provider switch
    {
        DatabaseProvider.PostgreSql => BackorderSqlDialect.PostgreSql,
        DatabaseProvider.MariaDb => BackorderSqlDialect.MySql,
        _ => SqliteDialect
    };

    /// <summary>The ledger's fill statements for this database (the tests' SQLite shape for SQLite).</summary>
    public LedgerStatements LedgerStatements => Provider switch
    {
        DatabaseProvider.PostgreSql => LedgerStatements.For(DataProviderType.PostgreSQL),
        DatabaseProvider.MariaDb => LedgerStatements.For(DataProviderType.MySql),
        _ => new LedgerStatements(SqliteDialect, FillShape.ImmediateTransaction)
    };

    public IRepository<T> Repository<T>() where T : Nop.Core.BaseEntity => new LinqToDbRepository<T>(DataOptions, new NullList<RepositoryEvent>());

    /// <summary>The tests' SQLite spelling (Tests/Services/TestSql.cs); nopCommerce itself does not run on SQLite.</summary>
    public static BackorderSqlDialect SqliteDialect { get; } =
        new("\"", "\"", "1", "0", "strftime('%Y-%m-%d %H:%M:%f', 'now')", UpdateReturning.Returning);

    public void Dispose()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            _keepAlive?.Dispose();
            SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
            return;
        }

        if (Provider == DatabaseProvider.MariaDb)
        {
            MySqlConnection.ClearPool(new MySqlConnection(_connectionString));
            Execute(new MySqlConnection(_serverConnectionString), $"DROP DATABASE IF EXISTS `{_name}`");
            return;
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(_connectionString));
        Execute(new NpgsqlConnection(_serverConnectionString), $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static void Execute(IDbConnection connection, string sql)
    {
        using (connection)
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>A service that does nothing: Task-returning members complete at once, others return default.</summary>
    public class NoOp<T> : DispatchProxy where T : class
    {
        public static T Create() => Create<T, NoOp<T>>();

        protected override object Invoke(MethodInfo targetMethod, object[] args)
        {
            var type = targetMethod!.ReturnType;
            if (type == typeof(Task))
                return Task.CompletedTask;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
                return typeof(Task).GetMethod(nameof(Task.FromResult))!.MakeGenericMethod(type.GetGenericArguments()[0])
                    .Invoke(null, [type.GetGenericArguments()[0].IsValueType ? Activator.CreateInstance(type.GetGenericArguments()[0]) : null]);
            return type.IsValueType && type != typeof(void) ? Activator.CreateInstance(type) : null;
        }
    }

    /// <summary>Drops what is added: the repositories' event log would otherwise grow by one entry per saved product.</summary>
    private sealed class NullList<T> : List<T>, IList<T>
    {
        void ICollection<T>.Add(T item)
        {
        }
    }
}
