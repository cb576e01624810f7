using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

/// <summary>
/// The nopCommerce tables the tests and benchmarks create have nopCommerce 4.90.3's shape on each database: every column
/// (name, type, nullability, length, order) and every secondary index of the lists in <see cref="NopTables"/>, which are
/// written from nopCommerce's source (its class comment says where each part comes from).
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.MariaDb)]
public class NopTableShapeTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public static IEnumerable<string> Tables => NopTables.Core.Select(t => t.Name);

    [TestCaseSource(nameof(Tables))]
    public void Columns_are_nopCommerces(string table)
    {
        var expected = new[] { $"Id {Spell("int")} not null" }
            .Concat(NopTables.NopColumnsOf(table).Select(c => $"{c.Name} {Spell(c.Kind)} {(c.IsNullable ? "null" : "not null")}"));

        Database.GetColumns(table).Select(c => $"{c.Name} {c.DataType} {(c.IsNullable ? "null" : "not null")}")
            .Should().Equal(expected);
    }

    [TestCaseSource(nameof(Tables))]
    public void Indexes_are_nopCommerces(string table)
    {
        var nopTable = NopTables.Core.Single(t => t.Name == table);
        var expected = nopTable.Indexes
            .Select(i => new DbIndexInfo(i.NameOn(table, Provider), i.IsUnique, i.Columns))
            .OrderBy(i => i.Name, StringComparer.Ordinal);

        Database.GetIndexes(table).Should().Equal(expected);
    }

    /// <summary>Counts written from nopCommerce's entity classes, so a list in NopTables cannot lose or gain a column unnoticed.</summary>
    [TestCase(nameof(Product), 104, 12)]
    [TestCase(nameof(ProductAttributeCombination), 12, 2)]
    [TestCase("ProductWarehouseInventory", 5, 2)]
    [TestCase("StockQuantityHistory", 8, 1)]
    [TestCase("Order", 57, 6)]
    [TestCase("OrderItem", 20, 2)]
    [TestCase("GenericAttribute", 7, 1)]
    [TestCase("Setting", 4, 0)]
    public void Tables_have_nopCommerces_number_of_columns_and_indexes(string table, int columns, int indexes)
    {
        Database.GetColumns(table).Should().HaveCount(columns);
        Database.GetIndexes(table).Should().HaveCount(indexes);
    }

    [Test]
    public void Foreign_key_indexes_are_named_as_nopCommerce_names_them()
    {
        // MySqlDataProvider.GetIndexName: "IX_" + SHA1 of "ProductAttributeCombination_ProductId"; PostgreSqlDataProvider's: IX_{table}_{column}.
        var expected = Provider == DatabaseProvider.MariaDb
            ? "IX_" + Convert.ToHexString(System.Security.Cryptography.SHA1.HashData("ProductAttributeCombination_ProductId"u8.ToArray()))
            : "IX_ProductAttributeCombination_ProductId";

        Database.GetIndexes(nameof(ProductAttributeCombination)).Select(i => i.Name).Should().Contain(expected);
    }

    /// <summary>How the database spells nopCommerce's column kinds (FluentMigrator's generators, as nopCommerce runs them).</summary>
    private string Spell(string kind) => (Provider, kind) switch
    {
        (DatabaseProvider.Sqlite, "int" or "long" or "bool") => "INTEGER",
        (DatabaseProvider.Sqlite, "decimal(18,4)") => "NUMERIC",
        (DatabaseProvider.Sqlite, "datetime(6)") => "DATETIME",
        (DatabaseProvider.Sqlite, "guid") => "UNIQUEIDENTIFIER",
        (DatabaseProvider.Sqlite, _) when kind.StartsWith("string") => "TEXT",
        (DatabaseProvider.PostgreSql, "int") => "integer",
        (DatabaseProvider.PostgreSql, "long") => "bigint",
        (DatabaseProvider.PostgreSql, "bool") => "boolean",
        (DatabaseProvider.PostgreSql, "decimal(18,4)") => "numeric(18,4)",
        (DatabaseProvider.PostgreSql, "datetime(6)") => "timestamp without time zone", // the Postgres generator ignores the precision (6 is its default)
        (DatabaseProvider.PostgreSql, "guid") => "uuid",
        (DatabaseProvider.PostgreSql, _) when kind.StartsWith("string") => "citext",
        (DatabaseProvider.MariaDb, "int") => "int(11)",
        (DatabaseProvider.MariaDb, "long") => "bigint(20)",
        (DatabaseProvider.MariaDb, "bool") => "tinyint(1)",
        (DatabaseProvider.MariaDb, "decimal(18,4)") => "decimal(18,4)",
        (DatabaseProvider.MariaDb, "datetime(6)") => "datetime(6)",
        (DatabaseProvider.MariaDb, "guid") => "char(36)",
        (DatabaseProvider.MariaDb, "string(max)") => "longtext",
        (DatabaseProvider.MariaDb, _) when kind.StartsWith("string(") => "varchar" + kind["string".Length..],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"{Provider}: {kind}")
    };
}
