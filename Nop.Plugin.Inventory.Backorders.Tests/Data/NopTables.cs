using System.ComponentModel.DataAnnotations.Schema;
using System.Linq.Expressions;
using System.Reflection;
using FluentMigrator;
using FluentMigrator.Builders.Create.Index;
using FluentMigrator.Builders.Create.Table;
using LinqToDB;
using LinqToDB.Mapping;
using LinqToDB.SqlQuery;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Inventory.Backorders.Data;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

/// <summary>A column as nopCommerce maps it: name, CLR type (without Nullable), nullability and string length.</summary>
public sealed record NopColumn(string Name, PropertyInfo Property, Type Type, bool IsNullable, int? Size);

public sealed record NopIndex(string Name, bool IsUnique, params string[] Columns);

/// <summary>A table as nopCommerce creates and maps it: the identity primary key "Id" plus <see cref="Columns"/>.</summary>
public sealed record NopTable(string Name, Type EntityType, IReadOnlyList<NopColumn> Columns, IReadOnlyList<NopIndex> Indexes);

/// <summary>
/// nopCommerce's tables as the tests need them, described with nopCommerce's own rules (Nop.Data's
/// <c>FluentMigratorExtensions.RetrieveTableExpressions</c> plus the entity builders in Nop.Data/Mapping/Builders):
/// every writable public property of a supported type is a column; int/bool/DateTime/Guid/decimal are NOT NULL unless
/// <see cref="Nullable{T}"/>; strings are nvarchar(max) NULL unless a builder says otherwise; DateTime is datetime2(6)
/// (datetime(6) on MySQL/MariaDB); strings are citext on PostgreSQL. Only the columns of the surface's entity classes
/// exist (they are subsets of nopCommerce's). Foreign keys are left out (their target tables, e.g. Customer or
/// Warehouse, are not part of the surface); the indexes nopCommerce puts on those columns are kept.
/// <para>The same description drives the DDL (<see cref="CoreTablesMigration"/>, run by FluentMigrator as nopCommerce
/// does) and linq2db's mapping (<see cref="MappingSchemaFor"/>), so what is read is what was created.</para>
/// </summary>
public static class NopTables
{
    private static readonly HashSet<Type> _mappedTypes =
    [
        typeof(int), typeof(long), typeof(string), typeof(bool), typeof(decimal), typeof(DateTime), typeof(byte[]), typeof(Guid)
    ];

    /// <summary>Column definitions of nopCommerce's entity builders for the tables below (size: int.MaxValue = max).</summary>
    private static readonly Dictionary<Type, (string Column, int Size, bool Nullable)[]> _builderColumns = new()
    {
        [typeof(Product)] = [(nameof(Product.Name), 400, false), (nameof(Product.Sku), 400, true)],
        [typeof(ProductAttributeCombination)] = [(nameof(ProductAttributeCombination.Sku), 400, true)],
        [typeof(Order)] = [(nameof(Order.CustomOrderNumber), int.MaxValue, false)],
        [typeof(GenericAttribute)] =
        [
            (nameof(GenericAttribute.KeyGroup), 400, false), (nameof(GenericAttribute.Key), 400, false),
            (nameof(GenericAttribute.Value), int.MaxValue, false)
        ],
        [typeof(Setting)] = [(nameof(Setting.Name), 200, false), (nameof(Setting.Value), 6000, false)],
    };

    /// <summary>Indexes nopCommerce creates with these tables' columns (foreign-key columns are indexed; Order.OrderGuid is unique).</summary>
    private static readonly Dictionary<Type, NopIndex[]> _builderIndexes = new()
    {
        [typeof(ProductAttributeCombination)] = [new("IX_ProductAttributeCombination_ProductId", false, "ProductId")],
        [typeof(ProductWarehouseInventory)] =
        [
            new("IX_ProductWarehouseInventory_ProductId", false, "ProductId"),
            new("IX_ProductWarehouseInventory_WarehouseId", false, "WarehouseId")
        ],
        [typeof(StockQuantityHistory)] = [new("IX_StockQuantityHistory_ProductId", false, "ProductId")],
        [typeof(Order)] = [new("AK_Order_OrderGuid", true, "OrderGuid"), new("IX_Order_CustomerId", false, "CustomerId")],
        [typeof(OrderItem)] = [new("IX_OrderItem_OrderId", false, "OrderId"), new("IX_OrderItem_ProductId", false, "ProductId")],
    };

    /// <summary>nopCommerce's entities whose repository Delete only sets Deleted (ISoftDeletedEntity in nopCommerce).</summary>
    internal static readonly HashSet<string> SoftDeletedEntityNames =
    [
        "Nop.Core.Domain.Catalog.Product", "Nop.Core.Domain.Orders.Order", "Nop.Core.Domain.Customers.Customer",
        "Nop.Core.Domain.Catalog.Category", "Nop.Core.Domain.Catalog.Manufacturer", "Nop.Core.Domain.Vendors.Vendor",
        "Nop.Core.Domain.Affiliates.Affiliate", "Nop.Core.Domain.Stores.Store", "Nop.Core.Domain.Menus.Menu",
        "Nop.Core.Domain.Orders.RecurringPayment"
    ];

    /// <summary>The nopCommerce tables the plugin reads or writes, created by <see cref="TestDatabase.CreateNopTables"/>.</summary>
    public static IReadOnlyList<NopTable> Core { get; } =
    [
        Describe(typeof(Product)), Describe(typeof(ProductAttributeCombination)), Describe(typeof(ProductWarehouseInventory)),
        Describe(typeof(StockQuantityHistory)), Describe(typeof(Order)), Describe(typeof(OrderItem)),
        Describe(typeof(GenericAttribute)), Describe(typeof(Setting))
    ];

    /// <summary>The plugin's entities (mapped for linq2db; their tables come from the plugin's own migration).</summary>
    public static IReadOnlyList<NopTable> Plugin { get; } = typeof(SchemaMigration).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(BaseEntity).IsAssignableFrom(t))
        .OrderBy(t => t.Name)
        .Select(Describe)
        .ToList();

    /// <summary>Describes any entity by nopCommerce's mapping rules (table name = class name, as nopCommerce's default).</summary>
    public static NopTable Describe(Type entityType)
    {
        if (!typeof(BaseEntity).IsAssignableFrom(entityType))
            throw new ArgumentException($"{entityType} is not a nopCommerce entity", nameof(entityType));

        var overrides = _builderColumns.GetValueOrDefault(entityType) ?? [];
        var columns = new List<NopColumn>();
        foreach (var property in entityType.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.DeclaringType == typeof(BaseEntity) || !property.CanWrite || property.SetMethod?.IsPublic != true ||
                property.GetIndexParameters().Length > 0 ||
                property.IsDefined(typeof(NotMappedAttribute)) || property.IsDefined(typeof(NotColumnAttribute)))
                continue;

            var underlying = Nullable.GetUnderlyingType(property.PropertyType);
            var type = underlying ?? property.PropertyType;
            if (!_mappedTypes.Contains(type))
                continue; // enums and the like are computed wrappers over an *Id column, as in nopCommerce

            var nullable = underlying != null || type == typeof(string) || type == typeof(byte[]);
            int? size = type == typeof(string) || type == typeof(byte[]) ? int.MaxValue : null;
            foreach (var (column, overrideSize, overrideNullable) in overrides)
            {
                if (column != property.Name)
                    continue;
                size = overrideSize;
                nullable = overrideNullable;
            }

            columns.Add(new NopColumn(property.Name, property, type, nullable, size));
        }

        return new NopTable(entityType.Name, entityType, columns, _builderIndexes.GetValueOrDefault(entityType) ?? []);
    }

    /// <summary>
    /// Every entity of the surface (Nop.Core) and of the plugin, all mapped for linq2db; tables beyond <see cref="Core"/>
    /// are created on request (<see cref="TestDatabase.CreateNopTables"/> with their types), with nopCommerce's default
    /// column rules only (e.g. strings nvarchar(max) NULL where nopCommerce's builder may say otherwise).
    /// </summary>
    public static IReadOnlyList<NopTable> All { get; } = Core.Concat(Plugin)
        .Concat(typeof(BaseEntity).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(BaseEntity).IsAssignableFrom(t))
            .Where(t => Core.All(c => c.EntityType != t))
            .OrderBy(t => t.FullName)
            .Select(Describe))
        .ToList();

    public static NopTable For<TEntity>() where TEntity : BaseEntity => For(typeof(TEntity));

    public static NopTable For(Type entityType) =>
        All.FirstOrDefault(t => t.EntityType == entityType) ?? Describe(entityType);

    #region linq2db mapping

    private static readonly Lazy<MappingSchema> _entities = new(() =>
    {
        var schema = new MappingSchema("BackordersTestEntities");
        var builder = new FluentMappingBuilder(schema);
        var map = typeof(NopTables).GetMethod(nameof(MapEntity), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var table in All)
            map.MakeGenericMethod(table.EntityType).Invoke(null, [builder, table]);
        builder.Build();
        return schema;
    });

    private static readonly Dictionary<DatabaseProvider, Lazy<MappingSchema>> _byProvider = new()
    {
        [DatabaseProvider.Sqlite] = new(() => new MappingSchema("BackordersTestSqlite", _entities.Value)),
        [DatabaseProvider.MariaDb] = new(() => new MappingSchema("BackordersTestMariaDb", _entities.Value)),
        [DatabaseProvider.PostgreSql] = new(() =>
        {
            // As nopCommerce's PostgreSQL provider: strings are citext, so comparisons are case-insensitive as on MySQL.
            var schema = new MappingSchema("BackordersTestPostgreSql", _entities.Value);
            schema.SetDataType(typeof(string), new SqlDataType(new DbDataType(typeof(string), "citext")));
            return schema;
        }),
    };

    /// <summary>linq2db mapping of every table above: nopCommerce's names, "Id" identity primary key, other properties ignored.</summary>
    public static MappingSchema MappingSchemaFor(DatabaseProvider provider) => _byProvider[provider].Value;

    private static void MapEntity<TEntity>(FluentMappingBuilder builder, NopTable table) where TEntity : BaseEntity
    {
        var entity = builder.Entity<TEntity>().HasTableName(table.Name).IsColumnRequired();
        entity.Property(e => e.Id).HasColumnName(nameof(BaseEntity.Id)).IsPrimaryKey().IsIdentity().IsNotNull();

        var parameter = Expression.Parameter(typeof(TEntity), "e");
        foreach (var column in table.Columns)
        {
            var member = Expression.Lambda<Func<TEntity, object>>(
                Expression.Convert(Expression.Property(parameter, column.Property), typeof(object)), parameter);
            var property = entity.Member(member).HasColumnName(column.Name).HasDataType(DataTypeOf(column));
            property = column.IsNullable ? property.IsNullable() : property.IsNotNull();
            if (column.Size is { } size and < int.MaxValue)
                property = property.HasLength(size);
            if (column.Type == typeof(decimal))
                property.HasPrecision(18).HasScale(4);
        }
    }

    private static DataType DataTypeOf(NopColumn column) => column.Type switch
    {
        _ when column.Type == typeof(int) => DataType.Int32,
        _ when column.Type == typeof(long) => DataType.Int64,
        _ when column.Type == typeof(string) => column.Size is < int.MaxValue ? DataType.NVarChar : DataType.NText,
        _ when column.Type == typeof(bool) => DataType.Boolean,
        _ when column.Type == typeof(decimal) => DataType.Decimal,
        _ when column.Type == typeof(DateTime) => DataType.DateTime2,
        _ when column.Type == typeof(byte[]) => DataType.VarBinary,
        _ when column.Type == typeof(Guid) => DataType.Guid,
        _ => throw new NotSupportedException(column.Type.ToString())
    };

    #endregion

    /// <summary>
    /// Creates tables with FluentMigrator exactly as nopCommerce's installation does (its builders' column definitions and
    /// nopCommerce's type mapping); not attributed, so it runs through <c>IMigrationRunner.Up(migration)</c> without a version row.
    /// </summary>
    public sealed class CoreTablesMigration(IReadOnlyList<NopTable> tables, DatabaseProvider provider) : Migration
    {
        public override void Up()
        {
            foreach (var table in tables)
            {
                ICreateTableWithColumnSyntax create = Create.Table(table.Name)
                    .WithColumn(nameof(BaseEntity.Id)).AsInt32().NotNullable().PrimaryKey().Identity();

                foreach (var column in table.Columns)
                {
                    var typed = AsNopType(create.WithColumn(column.Name), column);
                    create = column.IsNullable ? typed.Nullable() : typed.NotNullable();
                }

                foreach (var index in table.Indexes)
                {
                    ICreateIndexOnColumnSyntax columns = Create.Index(index.Name).OnTable(table.Name);
                    foreach (var column in index.Columns)
                        columns = columns.OnColumn(column).Ascending();
                    if (index.IsUnique)
                        columns.WithOptions().Unique();
                }
            }
        }

        public override void Down()
        {
            foreach (var table in tables.Reverse())
                Delete.Table(table.Name);
        }

        private ICreateTableColumnOptionOrWithColumnSyntax AsNopType(ICreateTableColumnAsTypeSyntax column, NopColumn definition) =>
            definition.Type switch
            {
                _ when definition.Type == typeof(int) => column.AsInt32(),
                _ when definition.Type == typeof(long) => column.AsInt64(),
                _ when definition.Type == typeof(string) => column.AsString(definition.Size ?? int.MaxValue),
                _ when definition.Type == typeof(bool) => column.AsBoolean(),
                _ when definition.Type == typeof(decimal) => column.AsDecimal(18, 4),
                // nopCommerce's AsNopDateTime2: datetime(6) on MySQL/MariaDB, FluentMigrator's DateTime2 elsewhere.
                _ when definition.Type == typeof(DateTime) => provider == DatabaseProvider.MariaDb ? column.AsCustom("datetime(6)") : column.AsDateTime2(),
                _ when definition.Type == typeof(byte[]) => column.AsBinary(int.MaxValue),
                _ when definition.Type == typeof(Guid) => column.AsGuid(),
                _ => throw new NotSupportedException(definition.Type.ToString())
            };
    }
}
