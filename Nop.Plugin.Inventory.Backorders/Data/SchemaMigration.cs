using FluentMigrator;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Migrations;

namespace Nop.Plugin.Inventory.Backorders.Data;

/// <summary>Creates the plugin's base tables.</summary>
[NopMigration("2026/11/27 10:00:00", "Inventory.Backorders base schema", MigrationProcessType.Installation)]
public class SchemaMigration : BackordersMigration
{
    /// <summary>
    /// Set by the plugin's uninstall just before nopCommerce runs <see cref="Down"/>: the merchant's choice to keep the ledger.
    /// </summary>
    public static bool KeepBackorderRecordsOnDown { get; set; }

    public override void Up() => WithTimestamps(CreateTables);

    private void CreateTables(Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> timestamp)
    {
        // A ledger kept from an earlier installation is picked up again.
        if (!Schema.Table(BackordersDefaults.OrderItemBackorderTable).Exists())
        {
            Create.Table(BackordersDefaults.OrderItemBackorderTable)
                .WithColumn("Id").AsInt32().NotNullable().PrimaryKey().Identity()
                .WithColumn("OrderId").AsInt32().NotNullable()
                .WithColumn("OrderItemId").AsInt32().NotNullable()
                .WithColumn("ProductId").AsInt32().NotNullable()
                .WithColumn("CombinationId").AsInt32().Nullable()
                .WithColumn("WarehouseId").AsInt32().Nullable()
                .WithColumn("QuantityOrdered").AsInt32().NotNullable()
                .WithColumn("QuantityPerItem").AsInt32().NotNullable().WithDefaultValue(1)
                .WithColumn("QuantityBackordered").AsInt32().NotNullable()
                .WithColumn("QuantityFilled").AsInt32().NotNullable().WithDefaultValue(0)
                .WithColumn("QuantityCancelled").AsInt32().NotNullable().WithDefaultValue(0)
                .WithColumn("StatusId").AsInt32().NotNullable()
                .WithColumn("OrderDeleted").AsBoolean().NotNullable().WithDefaultValue(false)
                .WithColumn("CreatedOnUtc").Apply(timestamp).NotNullable()
                .WithColumn("UpdatedOnUtc").Apply(timestamp).NotNullable();

            // The lines of an order; one row per order line and product (its own, or one attached through attribute values);
            // a product's open lines, oldest first (Id follows placement).
            Create.Index("IX_OrderItemBackorder_OrderItemId_ProductId").OnTable(BackordersDefaults.OrderItemBackorderTable)
                .OnColumn("OrderItemId").Ascending().OnColumn("ProductId").Ascending().WithOptions().Unique();
            Create.Index("IX_OrderItemBackorder_OrderId").OnTable(BackordersDefaults.OrderItemBackorderTable)
                .OnColumn("OrderId").Ascending();
            Create.Index("IX_OrderItemBackorder_ProductId_StatusId_Id").OnTable(BackordersDefaults.OrderItemBackorderTable)
                .OnColumn("ProductId").Ascending().OnColumn("StatusId").Ascending().OnColumn("Id").Ascending();

            // The open-backorders page counts and pages the lines of orders not deleted, by status, oldest first, across products
            // (status first: with the mark first MariaDB reads every line by the mark even when a product filter is far narrower).
            Create.Index("IX_OrderItemBackorder_StatusId_OrderDeleted_Id").OnTable(BackordersDefaults.OrderItemBackorderTable)
                .OnColumn("StatusId").Ascending().OnColumn("OrderDeleted").Ascending().OnColumn("Id").Ascending();
        }

        Create.Table(BackordersDefaults.ProductBackorderSettingTable)
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn("ProductId").AsInt32().NotNullable()
            .WithColumn("UsesDefaultPolicy").AsBoolean().NotNullable()
            .WithColumn("BackorderLimit").AsInt32().Nullable()
            .WithColumn("ExpectedRestockDateUtc").Apply(timestamp).Nullable()
            .WithColumn("LowStockFlagsSetByActivity").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("UpdatedOnUtc").Apply(timestamp).NotNullable();

        Create.Index("IX_ProductBackorderSetting_ProductId").OnTable(BackordersDefaults.ProductBackorderSettingTable)
            .OnColumn("ProductId").Ascending().WithOptions().Unique();

        Create.Table(BackordersDefaults.CombinationBackorderSettingTable)
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn("CombinationId").AsInt32().NotNullable()
            .WithColumn("ProductId").AsInt32().NotNullable();

        Create.Index("IX_CombinationBackorderSetting_CombinationId").OnTable(BackordersDefaults.CombinationBackorderSettingTable)
            .OnColumn("CombinationId").Ascending().WithOptions().Unique();
        Create.Index("IX_CombinationBackorderSetting_ProductId").OnTable(BackordersDefaults.CombinationBackorderSettingTable)
            .OnColumn("ProductId").Ascending();
    }

    public override void Down()
    {
        Delete.Table(BackordersDefaults.ProductBackorderSettingTable);
        Delete.Table(BackordersDefaults.CombinationBackorderSettingTable);

        if (!KeepBackorderRecordsOnDown)
            Delete.Table(BackordersDefaults.OrderItemBackorderTable);
    }
}

internal static class ColumnTypeExtensions
{
    public static ICreateTableColumnOptionOrWithColumnSyntax Apply(this ICreateTableColumnAsTypeSyntax column,
        Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> type) => type(column);
}
