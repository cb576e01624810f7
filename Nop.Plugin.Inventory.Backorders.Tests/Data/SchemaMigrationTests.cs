using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

/// <summary>The plugin's <see cref="SchemaMigration"/> run by FluentMigrator's real runner on each database.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.MariaDb)]
[NonParallelizable] // SchemaMigration.KeepBackorderRecordsOnDown is static
public class SchemaMigrationTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const string Ledger = BackordersDefaults.OrderItemBackorderTable;
    private const string Settings = BackordersDefaults.ProductBackorderSettingTable;

    // Each test starts from nopCommerce's tables only and runs the plugin's migration itself.
    protected override bool CreateSchema => false;

    [OneTimeSetUp]
    public void CreateNopTables() => Database.CreateNopTables();

    [SetUp]
    public void UninstallPlugin()
    {
        SchemaMigration.KeepBackorderRecordsOnDown = false;
        Database.DropPluginTables();
    }

    [TearDown]
    public void ResetKeepFlag() => SchemaMigration.KeepBackorderRecordsOnDown = false;

    private string Int => Provider switch
    {
        DatabaseProvider.Sqlite => "INTEGER",
        DatabaseProvider.PostgreSql => "integer",
        _ => "int(11)"
    };

    private string Bool => Provider switch
    {
        DatabaseProvider.Sqlite => "INTEGER",
        DatabaseProvider.PostgreSql => "boolean",
        _ => "tinyint(1)"
    };

    private string DateTime2 => Provider switch
    {
        DatabaseProvider.Sqlite => "DATETIME",
        DatabaseProvider.PostgreSql => "timestamp without time zone",
        _ => "datetime(6)" // microseconds, as nopCommerce's own timestamps on MySQL/MariaDB
    };

    [Test]
    public void Up_creates_the_ledger_with_its_columns()
    {
        Database.TableExists(Ledger).Should().BeFalse();

        Database.MigrateUp();

        Database.GetColumns(Ledger).Should().Equal(
            new DbColumnInfo("Id", Int, false),
            new DbColumnInfo("OrderId", Int, false),
            new DbColumnInfo("OrderItemId", Int, false),
            new DbColumnInfo("ProductId", Int, false),
            new DbColumnInfo("CombinationId", Int, true),
            new DbColumnInfo("WarehouseId", Int, true),
            new DbColumnInfo("QuantityOrdered", Int, false),
            new DbColumnInfo("QuantityPerItem", Int, false),
            new DbColumnInfo("QuantityBackordered", Int, false),
            new DbColumnInfo("QuantityFilled", Int, false),
            new DbColumnInfo("QuantityCancelled", Int, false),
            new DbColumnInfo("StatusId", Int, false),
            new DbColumnInfo("OrderDeleted", Bool, false),
            new DbColumnInfo("CreatedOnUtc", DateTime2, false),
            new DbColumnInfo("UpdatedOnUtc", DateTime2, false));
    }

    [Test]
    public void Up_creates_the_product_settings_with_their_columns()
    {
        Database.MigrateUp();

        Database.GetColumns(Settings).Should().Equal(
            new DbColumnInfo("Id", Int, false),
            new DbColumnInfo("ProductId", Int, false),
            new DbColumnInfo("UsesDefaultPolicy", Bool, false),
            new DbColumnInfo("BackorderLimit", Int, true),
            new DbColumnInfo("ExpectedRestockDateUtc", DateTime2, true),
            new DbColumnInfo("LowStockFlagsSetByActivity", Int, false),
            new DbColumnInfo("UpdatedOnUtc", DateTime2, false));
    }

    [Test]
    public void Up_creates_the_indexes()
    {
        Database.MigrateUp();

        Database.GetIndexes(Ledger).Should().BeEquivalentTo(new[]
        {
            new DbIndexInfo("IX_OrderItemBackorder_OrderId", false, ["OrderId"]),
            new DbIndexInfo("IX_OrderItemBackorder_OrderItemId_ProductId", true, ["OrderItemId", "ProductId"]),
            new DbIndexInfo("IX_OrderItemBackorder_ProductId_StatusId_Id", false, ["ProductId", "StatusId", "Id"]),
            new DbIndexInfo("IX_OrderItemBackorder_StatusId_OrderDeleted_Id", false, ["StatusId", "OrderDeleted", "Id"])
        });
        Database.GetIndexes(Settings).Should().BeEquivalentTo(new[]
        {
            new DbIndexInfo("IX_ProductBackorderSetting_ProductId", true, ["ProductId"])
        });
    }

    [Test]
    public void Up_records_its_version_and_a_second_Up_changes_nothing()
    {
        Database.MigrateUp();
        Database.Execute($"INSERT INTO {Database.Quote(Settings)} ({Database.Quote("ProductId")}, {Database.Quote("UsesDefaultPolicy")}, {Database.Quote("UpdatedOnUtc")}) VALUES (1, {TrueLiteral}, @now)",
            ("now", DateTime.UtcNow));

        Database.MigrateUp();

        // The base schema and the stock import's tables.
        Database.Scalar<long>($"SELECT COUNT(*) FROM {Database.Quote("MigrationVersionInfo")}").Should().Be(2);
        Database.Scalar<long>($"SELECT COUNT(*) FROM {Database.Quote(Settings)}").Should().Be(1);
    }

    [Test]
    public void Omitted_counters_default_to_zero()
    {
        Database.MigrateUp();
        var q = Database.Quote;

        Database.Execute($"""
            INSERT INTO {q(Ledger)} ({q("OrderId")}, {q("OrderItemId")}, {q("ProductId")}, {q("QuantityOrdered")}, {q("QuantityBackordered")}, {q("StatusId")}, {q("CreatedOnUtc")}, {q("UpdatedOnUtc")})
            VALUES (1, 2, 3, 5, 4, 10, @now, @now)
            """, ("now", DateTime.UtcNow));
        Database.Execute($"""
            INSERT INTO {q(Settings)} ({q("ProductId")}, {q("UsesDefaultPolicy")}, {q("UpdatedOnUtc")}) VALUES (3, {TrueLiteral}, @now)
            """, ("now", DateTime.UtcNow));

        Database.Scalar<int>($"SELECT {q("QuantityFilled")} FROM {q(Ledger)}").Should().Be(0);
        Database.Scalar<int>($"SELECT {q("QuantityCancelled")} FROM {q(Ledger)}").Should().Be(0);
        Database.Scalar<int>($"SELECT {q("LowStockFlagsSetByActivity")} FROM {q(Settings)}").Should().Be(0);
        Database.Scalar<int?>($"SELECT {q("BackorderLimit")} FROM {q(Settings)}").Should().BeNull();
    }

    [Test]
    public async Task The_ledger_takes_one_record_per_order_line_and_product()
    {
        Database.MigrateUp();
        var ledger = Database.GetRepository<OrderItemBackorder>();
        await ledger.InsertAsync(LedgerRecord(orderId: 10, orderItemId: 100));
        await ledger.InsertAsync(LedgerRecord(orderId: 10, orderItemId: 101)); // same order, other line: fine
        var attached = LedgerRecord(orderId: 10, orderItemId: 100);
        attached.ProductId = 2; // a product attached to the line through an attribute value: fine
        await ledger.InsertAsync(attached);

        var duplicate = () => ledger.InsertAsync(LedgerRecord(orderId: 10, orderItemId: 100));

        (await duplicate.Should().ThrowAsync<Exception>()).Which.Should().Match<Exception>(e => TestDatabase.IsUniqueViolation(e));
        ledger.Table.Count().Should().Be(3);
        ledger.Table.Count(r => r.OrderItemId == 100).Should().Be(2);
    }

    [Test]
    public async Task A_product_has_at_most_one_setting()
    {
        Database.MigrateUp();
        var settings = Database.GetRepository<ProductBackorderSetting>();
        await settings.InsertAsync(new ProductBackorderSetting { ProductId = 7, UpdatedOnUtc = DateTime.UtcNow });
        await settings.InsertAsync(new ProductBackorderSetting { ProductId = 8, UpdatedOnUtc = DateTime.UtcNow });

        var duplicate = () => settings.InsertAsync(new ProductBackorderSetting { ProductId = 7, UsesDefaultPolicy = true, UpdatedOnUtc = DateTime.UtcNow });

        (await duplicate.Should().ThrowAsync<Exception>()).Which.Should().Match<Exception>(e => TestDatabase.IsUniqueViolation(e));
        settings.Table.Count().Should().Be(2);
    }

    [Test]
    public async Task Down_drops_both_tables_unless_the_ledger_is_kept()
    {
        Database.MigrateUp();
        await Database.GetRepository<OrderItemBackorder>().InsertAsync(LedgerRecord(1, 1));
        await Database.GetRepository<Product>().InsertAsync(new Product { Name = "kept", CreatedOnUtc = DateTime.UtcNow, UpdatedOnUtc = DateTime.UtcNow });

        Database.MigrateDown();

        Database.TableExists(Settings).Should().BeFalse();
        Database.TableExists(Ledger).Should().BeFalse();
        Database.Scalar<long>($"SELECT COUNT(*) FROM {Database.Quote("MigrationVersionInfo")}").Should().Be(0);
        Database.GetRepository<Product>().Table.Count().Should().Be(1, "nopCommerce's tables are not the plugin's to drop");

        // A later install starts from scratch.
        Database.MigrateUp();
        Database.GetRepository<OrderItemBackorder>().Table.Count().Should().Be(0);
        Database.GetIndexes(Ledger).Should().Contain(new DbIndexInfo("IX_OrderItemBackorder_OrderItemId_ProductId", true, ["OrderItemId", "ProductId"]));
    }

    [Test]
    public async Task Down_keeps_the_ledger_when_asked_and_a_reinstall_picks_it_up()
    {
        Database.MigrateUp();
        var ledger = Database.GetRepository<OrderItemBackorder>();
        var kept = LedgerRecord(orderId: 3, orderItemId: 30);
        kept.QuantityFilled = 2;
        kept.Status = BackorderLineStatus.PartlyFilled;
        await ledger.InsertAsync(kept);
        await Database.GetRepository<ProductBackorderSetting>().InsertAsync(new ProductBackorderSetting { ProductId = 5, UpdatedOnUtc = DateTime.UtcNow });

        SchemaMigration.KeepBackorderRecordsOnDown = true;
        Database.MigrateDown();

        Database.TableExists(Settings).Should().BeFalse();
        Database.TableExists(Ledger).Should().BeTrue();
        ledger.Table.Single().Should().BeEquivalentTo(kept);

        SchemaMigration.KeepBackorderRecordsOnDown = false;
        Database.MigrateUp();

        ledger.Table.Single().Should().BeEquivalentTo(kept);
        Database.TableExists(Settings).Should().BeTrue();
        Database.GetRepository<ProductBackorderSetting>().Table.Count().Should().Be(0);
        Database.GetIndexes(Settings).Should().ContainSingle(i => i.Name == "IX_ProductBackorderSetting_ProductId" && i.IsUnique);
        Database.GetIndexes(Ledger).Select(i => i.Name).Should().BeEquivalentTo(
            "IX_OrderItemBackorder_OrderId", "IX_OrderItemBackorder_OrderItemId_ProductId", "IX_OrderItemBackorder_ProductId_StatusId_Id",
            "IX_OrderItemBackorder_StatusId_OrderDeleted_Id");

        // The kept ledger still rejects a second record for the line, and new records get fresh ids.
        var duplicate = () => ledger.InsertAsync(LedgerRecord(orderId: 3, orderItemId: 30));
        (await duplicate.Should().ThrowAsync<Exception>()).Which.Should().Match<Exception>(e => TestDatabase.IsUniqueViolation(e));
        var next = LedgerRecord(orderId: 4, orderItemId: 40);
        await ledger.InsertAsync(next);
        next.Id.Should().BeGreaterThan(kept.Id);
    }

    private string TrueLiteral => Provider == DatabaseProvider.PostgreSql ? "true" : "1";

    private static OrderItemBackorder LedgerRecord(int orderId, int orderItemId) => new()
    {
        OrderId = orderId,
        OrderItemId = orderItemId,
        ProductId = 1,
        QuantityOrdered = 5,
        QuantityBackordered = 3,
        Status = BackorderLineStatus.Open,
        CreatedOnUtc = new DateTime(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc),
        UpdatedOnUtc = new DateTime(2026, 11, 27, 11, 0, 0, DateTimeKind.Utc)
    };
}
