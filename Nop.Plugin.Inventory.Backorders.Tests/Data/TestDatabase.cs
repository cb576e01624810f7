using System.Data;
using System.Data.Common;
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
using Nop.Core;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Npgsql;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

/// <summary>A column as the database reports it (type spelled as the database spells it).</summary>
public sealed record DbColumnInfo(string Name, string DataType, bool IsNullable);

/// <summary>A secondary index (primary keys are not listed) with its columns in order.</summary>
public sealed record DbIndexInfo(string Name, bool IsUnique, IReadOnlyList<string> Columns)
{
    public bool Equals(DbIndexInfo other) =>
        other is not null && Name == other.Name && IsUnique == other.IsUnique && Columns.SequenceEqual(other.Columns);

    public override int GetHashCode() => HashCode.Combine(Name, IsUnique, string.Join(",", Columns));

    public override string ToString() => $"{Name} ({(IsUnique ? "unique " : "")}{string.Join(", ", Columns)})";
}

/// <summary>
/// A fresh, empty database of one provider for one test or fixture; dropped on <see cref="Dispose"/>.
/// <list type="bullet">
/// <item>SQLite: a private in-memory database (shared cache, kept alive by one open connection).</item>
/// <item>PostgreSQL / MariaDB: a new uniquely named database on the server of <see cref="PostgresVariable"/> /
/// <see cref="MariaDbVariable"/>. Without the variable the test is ignored, or fails when
/// <see cref="RequireAllVariable"/> is 1 (as in <c>build/test.sh</c>).</item>
/// </list>
/// Typical use: <c>using var db = TestDatabase.CreateWithSchema(provider); var repo = db.GetRepository&lt;Product&gt;();</c>
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "BACKORDERS_TEST_POSTGRES";
    public const string MariaDbVariable = "BACKORDERS_TEST_MARIADB";
    public const string RequireAllVariable = "BACKORDERS_TEST_REQUIRE_ALL_DATABASES";

    private readonly string _serverConnectionString;
    private SqliteConnection _keepAlive;
    private bool _disposed;

    /// <summary>Every provider: for <c>[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]</c> or <c>[ValueSource]</c>.</summary>
    public static IEnumerable<DatabaseProvider> AllProviders => Enum.GetValues<DatabaseProvider>();

    private TestDatabase(DatabaseProvider provider, string connectionString, string databaseName, string serverConnectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DatabaseName = databaseName;
        _serverConnectionString = serverConnectionString;
        DataOptions = provider switch
        {
            DatabaseProvider.Sqlite => new DataOptions().UseSQLite(connectionString, SQLiteProvider.Microsoft),
            DatabaseProvider.PostgreSql => new DataOptions().UsePostgreSQL(connectionString, PostgreSQLVersion.v15,
                o => o with { IdentifierQuoteMode = PostgreSQLIdentifierQuoteMode.Quote }),
            DatabaseProvider.MariaDb => new DataOptions().UseMySql(connectionString, MySqlVersion.MariaDB10, MySqlProvider.MySqlConnector),
            _ => throw new ArgumentOutOfRangeException(nameof(provider))
        };
        DataOptions = DataOptions.UseMappingSchema(NopTables.MappingSchemaFor(provider));
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Connection string of this database (ADO.NET: Microsoft.Data.Sqlite, Npgsql or MySqlConnector).</summary>
    public string ConnectionString { get; }

    public string DatabaseName { get; }

    /// <summary>linq2db options: provider, connection string and the nopCommerce table mapping (<see cref="NopTables"/>).</summary>
    public DataOptions DataOptions { get; }

    /// <summary>nopCommerce's name for the provider (what the plugin's SQL dialect is chosen by); SQLite has none.</summary>
    public DataProviderType NopProviderType => Provider switch
    {
        DatabaseProvider.PostgreSql => DataProviderType.PostgreSQL,
        DatabaseProvider.MariaDb => DataProviderType.MySql,
        _ => DataProviderType.Unknown
    };

    /// <summary>Entity events of every repository made by <see cref="GetRepository{TEntity}"/>, in order.</summary>
    public List<RepositoryEvent> Events { get; } = [];

    /// <summary>When set, repositories made afterwards also publish nopCommerce's entity events to it.</summary>
    public IEventPublisher EventPublisher { get; set; }

    #region Creation

    /// <summary>A new empty database (no tables).</summary>
    public static TestDatabase Create(DatabaseProvider provider)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
            {
                var name = "backorders_" + suffix;
                var connectionString = new SqliteConnectionStringBuilder
                {
                    DataSource = name, Mode = SqliteOpenMode.Memory, Cache = SqliteCacheMode.Shared
                }.ToString();
                var db = new TestDatabase(provider, connectionString, name, null);
                db._keepAlive = new SqliteConnection(connectionString);
                db._keepAlive.Open();
                return db;
            }
            case DatabaseProvider.PostgreSql:
            {
                var server = RequireServer(PostgresVariable, "PostgreSQL");
                var builder = new NpgsqlConnectionStringBuilder(server);
                var name = "backorders_test_" + suffix;
                using (var connection = new NpgsqlConnection(server))
                {
                    connection.Open();
                    ExecuteOn(connection, $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'");
                }

                builder.Database = name;
                var db = new TestDatabase(provider, builder.ConnectionString, name, server);
                try
                {
                    // nopCommerce's installation creates citext (its strings) on PostgreSQL. Npgsql loads a database's types
                    // once per connection string, so this runs on a connection string of its own, before any other use.
                    var setup = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { ApplicationName = "backorders-test-setup", Pooling = false };
                    using var connection = new NpgsqlConnection(setup.ConnectionString);
                    connection.Open();
                    ExecuteOn(connection, "CREATE EXTENSION IF NOT EXISTS citext");
                }
                catch
                {
                    db.Dispose();
                    throw;
                }

                return db;
            }
            case DatabaseProvider.MariaDb:
            {
                var server = RequireServer(MariaDbVariable, "MariaDB");
                var builder = new MySqlConnectionStringBuilder(server);
                // The user may create databases whose name starts with the configured one (build/db/start-mariadb.sh).
                var name = $"{builder.Database}_{suffix}";
                using (var connection = new MySqlConnection(server))
                {
                    connection.Open();
                    ExecuteOn(connection, $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }

                builder.Database = name;
                return new TestDatabase(provider, builder.ConnectionString, name, server);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(provider));
        }
    }

    /// <summary>A new database with nopCommerce's tables (<see cref="CreateNopTables"/>) and the plugin's migration applied.</summary>
    public static TestDatabase CreateWithSchema(DatabaseProvider provider)
    {
        var db = Create(provider);
        try
        {
            db.CreateNopTables();
            db.MigrateUp();
            return db;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>Whether the provider's server is configured (SQLite always is).</summary>
    public static bool IsAvailable(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)),
        DatabaseProvider.MariaDb => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(MariaDbVariable)),
        _ => true
    };

    private static string RequireServer(string variable, string name)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value))
            return value;

        var message = $"{name} is not configured: set {variable} to a connection string (./build/test.sh starts the server and sets it).";
        if (Environment.GetEnvironmentVariable(RequireAllVariable) == "1")
            Assert.Fail(message + $" {RequireAllVariable}=1 requires every database.");
        Assert.Ignore(message);
        return null;
    }

    #endregion

    #region Schema

    /// <summary>Creates nopCommerce's tables the plugin uses (all of <see cref="NopTables.Core"/>, or the given entities').</summary>
    public TestDatabase CreateNopTables(params Type[] entityTypes)
    {
        var tables = entityTypes.Length == 0 ? NopTables.Core : entityTypes.Select(NopTables.For).ToList();
        WithMigrationRunner(runner => runner.Up(new NopTables.CoreTablesMigration(tables, Provider)));
        return this;
    }

    /// <summary>Applies the plugin's migrations (<see cref="SchemaMigration"/>) with FluentMigrator's runner, as nopCommerce's install does.</summary>
    public TestDatabase MigrateUp()
    {
        WithMigrationRunner(runner => runner.MigrateUp());
        return this;
    }

    /// <summary>Runs the plugin's migrations down to <paramref name="version"/> (0: all of them, as uninstall does).</summary>
    public TestDatabase MigrateDown(long version = 0)
    {
        WithMigrationRunner(runner => runner.MigrateDown(version));
        return this;
    }

    /// <summary>
    /// A FluentMigrator 8 runner on this database, configured as nopCommerce configures its own: SQLite / Postgres92 /
    /// MySql5 generator, version table "MigrationVersionInfo", the plugin assembly scanned, string columns as citext on
    /// PostgreSQL. The runner and its connection are disposed when <paramref name="use"/> returns.
    /// </summary>
    public void WithMigrationRunner(Action<IMigrationRunner> use) => NopMigrationRunner.Run(Provider, ConnectionString, use);

    /// <summary>
    /// Drops every table that is not one of nopCommerce's (<see cref="NopTables.Core"/>): the plugin's tables and the
    /// migration version table, so that the next <see cref="MigrateUp"/> starts from a clean install.
    /// </summary>
    public TestDatabase DropPluginTables()
    {
        var core = NopTables.Core.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var table in GetTableNames().Where(t => !core.Contains(t)))
            Execute($"DROP TABLE {Quote(table)}");
        return this;
    }

    /// <summary>
    /// Deletes every row of every table (the migration version table excepted) and forgets recorded events and the
    /// event publisher: a fixture that shares one database between its tests calls this before each test.
    /// Identity counters are not reset, so tests must not expect particular ids.
    /// </summary>
    public TestDatabase DeleteAllRows()
    {
        foreach (var table in GetTableNames().Where(t => !t.Equals(NopVersionTableName, StringComparison.OrdinalIgnoreCase)))
            Execute($"DELETE FROM {Quote(table)}");
        Events.Clear();
        EventPublisher = null;
        return this;
    }

    public const string NopVersionTableName = NopMigrationRunner.VersionTableName;

    #endregion

    #region Data access

    /// <summary>A repository with nopCommerce's semantics over this database; its events go to <see cref="Events"/>.</summary>
    public LinqToDbRepository<TEntity> GetRepository<TEntity>() where TEntity : BaseEntity => new(DataOptions, Events, EventPublisher);

    /// <summary>An open linq2db connection (dispose it). <c>db.OpenConnection().GetTable&lt;T&gt;()</c> for direct queries.</summary>
    public DataConnection OpenConnection() => new(DataOptions);

    /// <summary><see cref="INopDataProvider"/> over this database (ExecuteNonQueryAsync / QueryAsync run the SQL as given).</summary>
    public INopDataProvider GetNopDataProvider() => NopDataProviderProxy.Create(DataOptions);

    /// <summary>Quotes an identifier for this database (for hand-written SQL in tests).</summary>
    public string Quote(string identifier) => Provider == DatabaseProvider.MariaDb ? $"`{identifier}`" : $"\"{identifier}\"";

    public int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = OpenAdo();
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = OpenAdo();
        using var command = Command(connection, sql, parameters);
        var value = command.ExecuteScalar();
        if (value is null or DBNull)
            return default;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)(target.IsInstanceOfType(value) ? value : Convert.ChangeType(value, target));
    }

    public List<object[]> Rows(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = OpenAdo();
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row.Select(v => v is DBNull ? null : v).ToArray());
        }

        return rows;
    }

    /// <summary>A plain ADO.NET connection to this database, open.</summary>
    public DbConnection OpenAdo()
    {
        DbConnection connection = Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(ConnectionString),
            DatabaseProvider.PostgreSql => new NpgsqlConnection(ConnectionString),
            _ => new MySqlConnection(ConnectionString)
        };
        connection.Open();
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name.StartsWith('@') ? name : "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void ExecuteOn(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    #endregion

    #region Introspection

    /// <summary>The database's tables, sorted.</summary>
    public IReadOnlyList<string> GetTableNames() => Rows(Provider switch
        {
            DatabaseProvider.Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'",
            DatabaseProvider.PostgreSql => "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
            _ => "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
        })
        .Select(r => (string)r[0])
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToList();

    public bool TableExists(string table) => Provider switch
    {
        DatabaseProvider.Sqlite => Scalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @t", ("t", table)) > 0,
        DatabaseProvider.PostgreSql => Scalar<long>(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @t", ("t", table)) > 0,
        _ => Scalar<long>("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = @t", ("t", table)) > 0
    };

    /// <summary>The table's columns in order, types as the database spells them (e.g. "integer", "int(11)", "INTEGER").</summary>
    public IReadOnlyList<DbColumnInfo> GetColumns(string table)
    {
        var rows = Provider switch
        {
            DatabaseProvider.Sqlite => Rows($"SELECT name, type, \"notnull\" = 0 FROM pragma_table_info({SqlString(table)}) ORDER BY cid"),
            DatabaseProvider.PostgreSql => Rows("""
                SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
                FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relname = @t AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attnum
                """, ("t", table)),
            _ => Rows("""
                SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE = 'YES'
                FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = @t
                ORDER BY ORDINAL_POSITION
                """, ("t", table))
        };

        return rows.Select(r => new DbColumnInfo((string)r[0], (string)r[1], Convert.ToBoolean(r[2]))).ToList();
    }

    /// <summary>The table's secondary indexes (unique constraints included, primary key excluded), by name.</summary>
    public IReadOnlyList<DbIndexInfo> GetIndexes(string table)
    {
        List<object[]> rows; // index name, unique, column (ordered by index then position)
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                rows = [];
                foreach (var index in Rows($"SELECT name, \"unique\" FROM pragma_index_list({SqlString(table)}) WHERE origin <> 'pk'"))
                {
                    foreach (var column in Rows($"SELECT name FROM pragma_index_info({SqlString((string)index[0])}) ORDER BY seqno"))
                        rows.Add([index[0], index[1], column[0]]);
                }

                break;
            case DatabaseProvider.PostgreSql:
                rows = Rows("""
                    SELECT i.relname, ix.indisunique, a.attname
                    FROM pg_index ix
                    JOIN pg_class t ON t.oid = ix.indrelid
                    JOIN pg_class i ON i.oid = ix.indexrelid
                    JOIN pg_namespace n ON n.oid = t.relnamespace
                    JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, position) ON true
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                    WHERE n.nspname = current_schema() AND t.relname = @t AND NOT ix.indisprimary
                    ORDER BY i.relname, k.position
                    """, ("t", table));
                break;
            default:
                rows = Rows("""
                    SELECT INDEX_NAME, NON_UNIQUE = 0, COLUMN_NAME
                    FROM information_schema.STATISTICS
                    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = @t AND INDEX_NAME <> 'PRIMARY'
                    ORDER BY INDEX_NAME, SEQ_IN_INDEX
                    """, ("t", table));
                break;
        }

        return rows.GroupBy(r => (string)r[0])
            .Select(g => new DbIndexInfo(g.Key, Convert.ToBoolean(g.First()[1]), g.Select(r => (string)r[2]).ToList()))
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string SqlString(string value) => "'" + value.Replace("'", "''") + "'";

    /// <summary>Whether the exception is a unique-key violation on any of the three databases.</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e != null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }:
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }:
                case MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry }:
                    return true;
            }
        }

        return false;
    }

    #endregion

    /// <summary>Drops the database (PostgreSQL/MariaDB) or releases the in-memory one (SQLite).</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;

        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                _keepAlive?.Dispose();
                SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
                break;
            case DatabaseProvider.PostgreSql:
                NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
                using (var connection = new NpgsqlConnection(_serverConnectionString))
                {
                    connection.Open();
                    ExecuteOn(connection, $"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)");
                }

                break;
            case DatabaseProvider.MariaDb:
                MySqlConnection.ClearPool(new MySqlConnection(ConnectionString));
                using (var connection = new MySqlConnection(_serverConnectionString))
                {
                    connection.Open();
                    ExecuteOn(connection, $"DROP DATABASE IF EXISTS `{DatabaseName}`");
                }

                break;
        }
    }

}
