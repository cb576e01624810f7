using FluentMigrator;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Migrations;

namespace Nop.Plugin.Inventory.Backorders.Data;

/// <summary>The stock import's tables: its work table (bulk-loaded batches) and its background jobs.</summary>
[NopMigration("2026/11/30 05:00:00", "Inventory.Backorders stock import tables", MigrationProcessType.Installation)]
public class ImportSchemaMigration : BackordersMigration
{
    public override void Up() => WithTimestamps(CreateTables);

    private void CreateTables(Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> timestamp)
    {
        // Keyed by run and line, not by Id: nopCommerce's bulk insert numbers the rows from MAX(Id), which two imports
        // loading at the same moment both read; an Id that need not be unique lets their batches load side by side.
        Create.Table(BackordersDefaults.StockImportKeyTable)
            .WithColumn("Id").AsInt32().NotNullable()
            .WithColumn("RunId").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("Line").AsInt32().NotNullable().PrimaryKey()
            // As nopCommerce's Product.Sku, so the join compares like with like (citext on PostgreSQL, the same collation on MySQL).
            .WithColumn("Sku").AsString(400).Nullable();

        // The lookup scans Product once, each row probing a batch's SKUs here.
        Create.Index("IX_StockImportKey_RunId_Sku").OnTable(BackordersDefaults.StockImportKeyTable)
            .OnColumn("RunId").Ascending().OnColumn("Sku").Ascending();

        Create.Table(BackordersDefaults.StockImportRowTable)
            .WithColumn("Id").AsInt32().NotNullable()
            .WithColumn("RunId").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("Kind").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("Line").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("TargetId").AsInt32().NotNullable()
            .WithColumn("ProductId").AsInt32().NotNullable()
            .WithColumn("StockQuantity").AsInt32().Nullable()
            .WithColumn("QuantityAdjustment").AsInt32().Nullable()
            .WithColumn("MinStockQuantity").AsInt32().Nullable()
            .WithColumn("ManageInventoryMethodId").AsInt32().Nullable()
            .WithColumn("BackorderModeId").AsInt32().Nullable()
            .WithColumn("AllowBackInStockSubscriptions").AsBoolean().Nullable()
            .WithColumn("DisableBuyButton").AsBoolean().Nullable()
            .WithColumn("DisableWishlistButton").AsBoolean().Nullable()
            .WithColumn("Published").AsBoolean().Nullable()
            .WithColumn("UsesDefaultPolicy").AsBoolean().Nullable()
            .WithColumn("BackorderLimit").AsInt32().Nullable()
            .WithColumn("ExpectedRestockDateUtc").Apply(timestamp).Nullable()
            .WithColumn("LowStockFlagsSetByActivity").AsInt32().Nullable()
            .WithColumn("AllowOutOfStockOrders").AsBoolean().Nullable();

        // The writes read a batch's rows of one kind (the primary key's start) and join them to their table's primary key.

        Create.Table(BackordersDefaults.StockImportJobTable)
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn("FileName").AsString(400).Nullable()
            .WithColumn("StoredFilePath").AsString(1000).Nullable()
            .WithColumn("ModeId").AsInt32().NotNullable()
            .WithColumn("StatusId").AsInt32().NotNullable()
            .WithColumn("VendorId").AsInt32().NotNullable()
            .WithColumn("CustomerId").AsInt32().NotNullable()
            .WithColumn("RowsRead").AsInt32().NotNullable()
            .WithColumn("Changed").AsInt32().NotNullable()
            .WithColumn("Unchanged").AsInt32().NotNullable()
            .WithColumn("Failed").AsInt32().NotNullable()
            .WithColumn("Skipped").AsInt32().NotNullable()
            .WithColumn("Applied").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("CreatedOnUtc").Apply(timestamp).NotNullable()
            .WithColumn("StartedOnUtc").Apply(timestamp).Nullable()
            .WithColumn("FinishedOnUtc").Apply(timestamp).Nullable()
            .WithColumn("Report").AsString(int.MaxValue).Nullable();

        Create.Index("IX_StockImportJob_StatusId").OnTable(BackordersDefaults.StockImportJobTable).OnColumn("StatusId").Ascending();
    }

    public override void Down()
    {
        Delete.Table(BackordersDefaults.StockImportKeyTable);
        Delete.Table(BackordersDefaults.StockImportRowTable);
        Delete.Table(BackordersDefaults.StockImportJobTable);
    }
}
