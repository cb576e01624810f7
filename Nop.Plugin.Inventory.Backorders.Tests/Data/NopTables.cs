using System.ComponentModel.DataAnnotations.Schema;
using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
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

/// <summary>
/// A column as nopCommerce creates it: name, CLR type (without Nullable), nullability and string length
/// (<see cref="int.MaxValue"/> = max). <see cref="Property"/> is the surface entity's property mapped to it, or null
/// when the surface (build/nopsdk) does not declare that property: the column exists as in nopCommerce, linq2db does not map it.
/// </summary>
public sealed record NopColumn(string Name, PropertyInfo Property, Type Type, bool IsNullable, int? Size)
{
    /// <summary>nopCommerce's kind as written in <see cref="NopTables"/>' lists: int, long, bool, decimal(18,4), datetime(6), guid, string(N|max), binary(max).</summary>
    public string Kind => Type switch
    {
        _ when Type == typeof(int) => "int",
        _ when Type == typeof(long) => "long",
        _ when Type == typeof(bool) => "bool",
        _ when Type == typeof(decimal) => "decimal(18,4)",
        _ when Type == typeof(DateTime) => "datetime(6)",
        _ when Type == typeof(Guid) => "guid",
        _ when Type == typeof(string) => Size is < int.MaxValue ? $"string({Size})" : "string(max)",
        _ => "binary(max)"
    };
}

/// <summary>
/// A secondary index as nopCommerce creates it. A foreign-key index (<see cref="IsForeignKey"/>: nopCommerce's
/// <c>ForeignKey&lt;T&gt;()</c> calls FluentMigrator's <c>Indexed()</c>) has no name of its own: nopCommerce's
/// NopIndexConvention names it per provider (<see cref="NameOn"/>).
/// </summary>
public sealed record NopIndex(string Name, bool IsUnique, bool IsForeignKey, IReadOnlyList<string> Columns)
{
    /// <summary>Columns nopCommerce indexes in descending order (e.g. IX_Order_CreatedOnUtc).</summary>
    public IReadOnlySet<string> Descending { get; init; } = new HashSet<string>();

    /// <summary>
    /// The index's name on the provider: PostgreSqlDataProvider.GetIndexName is <c>IX_{table}_{columns}</c>, MySqlDataProvider's
    /// is <c>IX_</c> + SHA1 (upper-case hex) of <c>{table}_{columns}</c>; SQLite (no nopCommerce provider) gets PostgreSQL's.
    /// </summary>
    public string NameOn(string table, DatabaseProvider provider)
    {
        if (!IsForeignKey)
            return Name;
        var columns = string.Join('_', Columns);
        return provider == DatabaseProvider.MariaDb
            ? "IX_" + Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"{table}_{columns}")))
            : $"IX_{table}_{columns}";
    }
}

/// <summary>A table as nopCommerce creates and maps it: the identity primary key "Id" plus <see cref="Columns"/>, in nopCommerce's order.</summary>
public sealed record NopTable(string Name, Type EntityType, IReadOnlyList<NopColumn> Columns, IReadOnlyList<NopIndex> Indexes);

/// <summary>
/// nopCommerce 4.90.3's tables as the tests and benchmarks need them. The tables the plugin reads or writes
/// (<see cref="Core"/>) have nopCommerce's exact columns, types, nullability, lengths, order and indexes, written out in
/// <see cref="_nopColumns"/> / <see cref="_nopIndexes"/> from nopCommerce's source:
/// <list type="bullet">
/// <item>Columns: Nop.Data/Extensions/FluentMigratorExtensions.RetrieveTableExpressions: "Id" (int identity primary key),
/// then the entity builder's columns (Nop.Data/Mapping/Builders/…/{Entity}Builder.cs) in its order, then every other public
/// writable property of the entity class (Nop.Core/Domain/…/{Entity}.cs) of type int/long/string/bool/decimal/DateTime/
/// byte[]/Guid in declaration order; NOT NULL unless Nullable&lt;T&gt; or string/byte[]; string = nvarchar(max),
/// decimal = (18,4), DateTime = datetime2(6) (AsNopDateTime2: datetime(6) on MySQL/MariaDB); citext for every string on
/// PostgreSQL (NopColumnsConvention). Builder columns without Nullable() are NOT NULL (FluentMigrator's default).</item>
/// <item>Indexes: Nop.Data/Migrations/Installation/Indexes.cs (those not under <c>IfDatabase("sqlserver")</c>; INCLUDE and
/// NONCLUSTERED are SQL Server options the other generators ignore), the builders' <c>ForeignKey&lt;T&gt;()</c> (an index on
/// the column, see <see cref="NopIndex.NameOn"/>) and <c>Unique("AK_Order_OrderGuid")</c>. The 4.70/4.80/4.90
/// AddIndexesMigration add nothing else on these tables outside SQL Server.</item>
/// </list>
/// Two deliberate differences, both for the harness's sake: foreign-key constraints are not created (their target tables,
/// e.g. Customer, Address or Warehouse, are not part of the surface, and tests insert children without parents); and
/// NOT NULL columns the surface entity does not declare get a DEFAULT (0, false, '' or 2000-01-01), because linq2db inserts
/// only the mapped columns (nopCommerce's own inserts always supply every column). Tests/Data/NopTableShapeTests asserts
/// the created shape on each database.
/// <para>Other entities (<see cref="All"/>) are described by nopCommerce's default rules from the surface's properties only.
/// The same description drives the DDL (<see cref="CoreTablesMigration"/>, run by FluentMigrator as nopCommerce does) and
/// linq2db's mapping (<see cref="MappingSchemaFor"/>), so what is read is what was created.</para>
/// </summary>
public static class NopTables
{
    private static readonly HashSet<Type> _mappedTypes =
    [
        typeof(int), typeof(long), typeof(string), typeof(bool), typeof(decimal), typeof(DateTime), typeof(byte[]), typeof(Guid)
    ];

    /// <summary>nopCommerce 4.90.3's columns of the <see cref="Core"/> tables after "Id" (see the class comment for the rules).</summary>
    private static readonly Dictionary<string, string> _nopColumns = new()
    {
        [nameof(Product)] = """
            Name string(400) not null
            MetaKeywords string(400) null
            MetaTitle string(400) null
            Sku string(400) null
            ManufacturerPartNumber string(400) null
            Gtin string(400) null
            RequiredProductIds string(1000) null
            AllowedQuantities string(1000) null
            ProductTypeId int not null
            ParentGroupedProductId int not null
            VisibleIndividually bool not null
            ShortDescription string(max) null
            FullDescription string(max) null
            AdminComment string(max) null
            ProductTemplateId int not null
            VendorId int not null
            ShowOnHomepage bool not null
            MetaDescription string(max) null
            AllowCustomerReviews bool not null
            ApprovedRatingSum int not null
            NotApprovedRatingSum int not null
            ApprovedTotalReviews int not null
            NotApprovedTotalReviews int not null
            SubjectToAcl bool not null
            LimitedToStores bool not null
            IsGiftCard bool not null
            GiftCardTypeId int not null
            OverriddenGiftCardAmount decimal(18,4) null
            RequireOtherProducts bool not null
            AutomaticallyAddRequiredProducts bool not null
            IsDownload bool not null
            DownloadId int not null
            UnlimitedDownloads bool not null
            MaxNumberOfDownloads int not null
            DownloadExpirationDays int null
            DownloadActivationTypeId int not null
            HasSampleDownload bool not null
            SampleDownloadId int not null
            HasUserAgreement bool not null
            UserAgreementText string(max) null
            IsRecurring bool not null
            RecurringCycleLength int not null
            RecurringCyclePeriodId int not null
            RecurringTotalCycles int not null
            IsRental bool not null
            RentalPriceLength int not null
            RentalPricePeriodId int not null
            IsShipEnabled bool not null
            IsFreeShipping bool not null
            ShipSeparately bool not null
            AdditionalShippingCharge decimal(18,4) not null
            DeliveryDateId int not null
            IsTaxExempt bool not null
            TaxCategoryId int not null
            ManageInventoryMethodId int not null
            ProductAvailabilityRangeId int not null
            UseMultipleWarehouses bool not null
            WarehouseId int not null
            StockQuantity int not null
            DisplayStockAvailability bool not null
            DisplayStockQuantity bool not null
            MinStockQuantity int not null
            LowStockActivityId int not null
            NotifyAdminForQuantityBelow int not null
            BackorderModeId int not null
            AllowBackInStockSubscriptions bool not null
            OrderMinimumQuantity int not null
            OrderMaximumQuantity int not null
            AllowAddingOnlyExistingAttributeCombinations bool not null
            DisplayAttributeCombinationImagesOnly bool not null
            NotReturnable bool not null
            DisableBuyButton bool not null
            DisableWishlistButton bool not null
            AvailableForPreOrder bool not null
            PreOrderAvailabilityStartDateTimeUtc datetime(6) null
            CallForPrice bool not null
            Price decimal(18,4) not null
            OldPrice decimal(18,4) not null
            ProductCost decimal(18,4) not null
            CustomerEntersPrice bool not null
            MinimumCustomerEnteredPrice decimal(18,4) not null
            MaximumCustomerEnteredPrice decimal(18,4) not null
            BasepriceEnabled bool not null
            BasepriceAmount decimal(18,4) not null
            BasepriceUnitId int not null
            BasepriceBaseAmount decimal(18,4) not null
            BasepriceBaseUnitId int not null
            MarkAsNew bool not null
            MarkAsNewStartDateTimeUtc datetime(6) null
            MarkAsNewEndDateTimeUtc datetime(6) null
            Weight decimal(18,4) not null
            Length decimal(18,4) not null
            Width decimal(18,4) not null
            Height decimal(18,4) not null
            AvailableStartDateTimeUtc datetime(6) null
            AvailableEndDateTimeUtc datetime(6) null
            DisplayOrder int not null
            Published bool not null
            Deleted bool not null
            CreatedOnUtc datetime(6) not null
            UpdatedOnUtc datetime(6) not null
            AgeVerification bool not null
            MinimumAgeToPurchase int not null
            """,
        [nameof(ProductAttributeCombination)] = """
            Sku string(400) null
            ManufacturerPartNumber string(400) null
            Gtin string(400) null
            ProductId int not null
            AttributesXml string(max) null
            StockQuantity int not null
            AllowOutOfStockOrders bool not null
            OverriddenPrice decimal(18,4) null
            NotifyAdminForQuantityBelow int not null
            MinStockQuantity int not null
            PictureId int null
            """,
        [nameof(ProductWarehouseInventory)] = """
            ProductId int not null
            WarehouseId int not null
            StockQuantity int not null
            ReservedQuantity int not null
            """,
        [nameof(StockQuantityHistory)] = """
            ProductId int not null
            QuantityAdjustment int not null
            StockQuantity int not null
            Message string(max) null
            CreatedOnUtc datetime(6) not null
            CombinationId int null
            WarehouseId int null
            """,
        [nameof(Order)] = """
            CustomOrderNumber string(max) not null
            BillingAddressId int not null
            CustomerId int not null
            PickupAddressId int null
            ShippingAddressId int null
            CustomerIp string(100) null
            OrderGuid guid not null
            StoreId int not null
            PickupInStore bool not null
            OrderStatusId int not null
            ShippingStatusId int not null
            PaymentStatusId int not null
            PaymentMethodSystemName string(max) null
            CustomerCurrencyCode string(max) null
            CurrencyRate decimal(18,4) not null
            CustomerTaxDisplayTypeId int not null
            VatNumber string(max) null
            OrderSubtotalInclTax decimal(18,4) not null
            OrderSubtotalExclTax decimal(18,4) not null
            OrderSubTotalDiscountInclTax decimal(18,4) not null
            OrderSubTotalDiscountExclTax decimal(18,4) not null
            OrderShippingInclTax decimal(18,4) not null
            OrderShippingExclTax decimal(18,4) not null
            PaymentMethodAdditionalFeeInclTax decimal(18,4) not null
            PaymentMethodAdditionalFeeExclTax decimal(18,4) not null
            TaxRates string(max) null
            OrderTax decimal(18,4) not null
            OrderDiscount decimal(18,4) not null
            OrderTotal decimal(18,4) not null
            RefundedAmount decimal(18,4) not null
            RewardPointsHistoryEntryId int null
            CheckoutAttributeDescription string(max) null
            CheckoutAttributesXml string(max) null
            CustomerLanguageId int not null
            AffiliateId int not null
            AllowStoringCreditCardNumber bool not null
            CardType string(max) null
            CardName string(max) null
            CardNumber string(max) null
            MaskedCreditCardNumber string(max) null
            CardCvv2 string(max) null
            CardExpirationMonth string(max) null
            CardExpirationYear string(max) null
            AuthorizationTransactionId string(max) null
            AuthorizationTransactionCode string(max) null
            AuthorizationTransactionResult string(max) null
            CaptureTransactionId string(max) null
            CaptureTransactionResult string(max) null
            SubscriptionTransactionId string(max) null
            PaidDateUtc datetime(6) null
            ShippingMethod string(max) null
            ShippingRateComputationMethodSystemName string(max) null
            CustomValuesXml string(max) null
            Deleted bool not null
            CreatedOnUtc datetime(6) not null
            RedeemedRewardPointsEntryId int null
            """,
        [nameof(OrderItem)] = """
            OrderId int not null
            ProductId int not null
            OrderItemGuid guid not null
            Quantity int not null
            UnitPriceInclTax decimal(18,4) not null
            UnitPriceExclTax decimal(18,4) not null
            PriceInclTax decimal(18,4) not null
            PriceExclTax decimal(18,4) not null
            DiscountAmountInclTax decimal(18,4) not null
            DiscountAmountExclTax decimal(18,4) not null
            OriginalProductCost decimal(18,4) not null
            AttributeDescription string(max) null
            AttributesXml string(max) null
            DownloadCount int not null
            IsDownloadActivated bool not null
            LicenseDownloadId int null
            ItemWeight decimal(18,4) null
            RentalStartDateUtc datetime(6) null
            RentalEndDateUtc datetime(6) null
            """,
        [nameof(GenericAttribute)] = """
            KeyGroup string(400) not null
            Key string(400) not null
            Value string(max) not null
            EntityId int not null
            StoreId int not null
            CreatedOrUpdatedDateUTC datetime(6) null
            """,
        [nameof(Setting)] = """
            Name string(200) not null
            Value string(6000) not null
            StoreId int not null
            """,
    };

    /// <summary>
    /// nopCommerce 4.90.3's indexes on the <see cref="Core"/> tables: "name (columns)", "unique name (columns)", or
    /// "foreign key (column)" for a builder's ForeignKey&lt;T&gt;() (named per provider).
    /// </summary>
    private static readonly Dictionary<string, string> _nopIndexes = new()
    {
        // Installation/Indexes.cs (IX_Product_Search is SQL Server only).
        [nameof(Product)] = """
            IX_Product_VisibleIndividually_Published_Deleted_Extended (VisibleIndividually, Published, Deleted)
            IX_Product_VisibleIndividually (VisibleIndividually)
            IX_Product_Name (Name)
            IX_Product_SubjectToAcl (SubjectToAcl)
            IX_Product_ShowOnHomepage (ShowOnHomepage)
            IX_Product_Published (Published)
            IX_Product_PriceDatesEtc (Price, AvailableStartDateTimeUtc, AvailableEndDateTimeUtc, Published, Deleted)
            IX_Product_ParentGroupedProductId (ParentGroupedProductId)
            IX_Product_LimitedToStores (LimitedToStores)
            IX_Product_Delete_Id (Deleted, Id)
            IX_Product_Deleted_and_Published (Published, Deleted)
            IX_GetLowStockProducts (Deleted, VendorId, ProductTypeId, ManageInventoryMethodId, MinStockQuantity, UseMultipleWarehouses)
            """,
        // ProductAttributeCombinationBuilder (ProductId → Product); Installation/Indexes.cs (IX_ProductAttributeCombination_Sku).
        [nameof(ProductAttributeCombination)] = """
            foreign key (ProductId)
            IX_ProductAttributeCombination_Sku (Sku)
            """,
        // ProductWarehouseInventoryBuilder (ProductId → Product, WarehouseId → Warehouse).
        [nameof(ProductWarehouseInventory)] = """
            foreign key (ProductId)
            foreign key (WarehouseId)
            """,
        // StockQuantityHistoryBuilder (ProductId → Product).
        [nameof(StockQuantityHistory)] = """
            foreign key (ProductId)
            """,
        // OrderBuilder (addresses and customer, AK_Order_OrderGuid); Installation/Indexes.cs (IX_Order_CreatedOnUtc, descending).
        // IX_Order_CustomerId of UpgradeTo470/AddIndexesMigration is SQL Server only.
        [nameof(Order)] = """
            foreign key (BillingAddressId)
            foreign key (CustomerId)
            foreign key (PickupAddressId)
            foreign key (ShippingAddressId)
            unique AK_Order_OrderGuid (OrderGuid)
            IX_Order_CreatedOnUtc (CreatedOnUtc desc)
            """,
        // OrderItemBuilder (OrderId → Order, ProductId → Product).
        [nameof(OrderItem)] = """
            foreign key (OrderId)
            foreign key (ProductId)
            """,
        // Installation/Indexes.cs.
        [nameof(GenericAttribute)] = """
            IX_GenericAttribute_EntityId_and_KeyGroup (EntityId, KeyGroup)
            """,
        [nameof(Setting)] = "",
    };

    /// <summary>The columns written in <see cref="_nopColumns"/> for a table, as nopCommerce 4.90.3 creates them.</summary>
    public static IReadOnlyList<(string Name, string Kind, bool IsNullable)> NopColumnsOf(string table) =>
        _nopColumns[table].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line =>
            {
                var parts = line.Split(' ', 3);
                return (parts[0], parts[1], parts[2] == "null");
            })
            .ToList();

    private static IReadOnlyList<NopIndex> NopIndexesOf(string table) =>
        _nopIndexes[table].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line =>
            {
                var open = line.IndexOf('(');
                var head = line[..open].Trim();
                var parts = line[(open + 1)..line.IndexOf(')')].Split(',', StringSplitOptions.TrimEntries);
                var columns = parts.Select(c => c.Split(' ')[0]).ToArray();
                var descending = parts.Where(c => c.EndsWith(" desc", StringComparison.Ordinal)).Select(c => c.Split(' ')[0]).ToHashSet();
                if (head == "foreign key")
                    return new NopIndex(null, false, true, columns);
                var unique = head.StartsWith("unique ", StringComparison.Ordinal);
                return new NopIndex(unique ? head["unique ".Length..] : head, unique, false, columns) { Descending = descending };
            })
            .ToList();

    /// <summary>A table of <see cref="_nopColumns"/>: nopCommerce's columns, each mapped to the surface entity's property if it has one.</summary>
    private static NopTable DescribeFromNop(Type entityType)
    {
        var properties = MappableProperties(entityType).ToDictionary(p => p.Name);
        var columns = new List<NopColumn>();
        foreach (var (name, kind, nullable) in NopColumnsOf(entityType.Name))
        {
            var (type, size) = kind switch
            {
                "int" => (typeof(int), (int?)null),
                "long" => (typeof(long), null),
                "bool" => (typeof(bool), null),
                "decimal(18,4)" => (typeof(decimal), null),
                "datetime(6)" => (typeof(DateTime), null),
                "guid" => (typeof(Guid), null),
                "string(max)" => (typeof(string), int.MaxValue),
                "binary(max)" => (typeof(byte[]), int.MaxValue),
                _ when kind.StartsWith("string(", StringComparison.Ordinal) => (typeof(string), int.Parse(kind[7..^1])),
                _ => throw new InvalidOperationException($"{entityType.Name}.{name}: unknown kind {kind}")
            };

            properties.Remove(name, out var property);
            if (property != null && (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) != type)
                throw new InvalidOperationException($"{entityType.Name}.{name}: the surface declares {property.PropertyType}, nopCommerce's column is {kind}");
            columns.Add(new NopColumn(name, property, type, nullable, size));
        }

        if (properties.Count > 0)
            throw new InvalidOperationException($"{entityType.Name}: the surface declares {string.Join(", ", properties.Keys)}, which nopCommerce's table does not have");

        return new NopTable(entityType.Name, entityType, columns, NopIndexesOf(entityType.Name));
    }

    private static IEnumerable<PropertyInfo> MappableProperties(Type entityType) =>
        entityType.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.DeclaringType != typeof(BaseEntity) && property.CanWrite && property.SetMethod?.IsPublic == true &&
                               property.GetIndexParameters().Length == 0 &&
                               !property.IsDefined(typeof(NotMappedAttribute)) && !property.IsDefined(typeof(NotColumnAttribute)) &&
                               // enums and the like are computed wrappers over an *Id column, as in nopCommerce
                               _mappedTypes.Contains(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));

    /// <summary>nopCommerce's entities whose repository Delete only sets Deleted (ISoftDeletedEntity in nopCommerce).</summary>
    internal static readonly HashSet<string> SoftDeletedEntityNames =
    [
        "Nop.Core.Domain.Catalog.Product", "Nop.Core.Domain.Orders.Order", "Nop.Core.Domain.Customers.Customer",
        "Nop.Core.Domain.Catalog.Category", "Nop.Core.Domain.Catalog.Manufacturer", "Nop.Core.Domain.Vendors.Vendor",
        "Nop.Core.Domain.Affiliates.Affiliate", "Nop.Core.Domain.Stores.Store", "Nop.Core.Domain.Menus.Menu",
        "Nop.Core.Domain.Orders.RecurringPayment"
    ];

    /// <summary>The nopCommerce tables the plugin reads or writes, created by <see cref="TestDatabase.CreateNopTables"/> with nopCommerce 4.90.3's shape.</summary>
    public static IReadOnlyList<NopTable> Core { get; } =
    [
        DescribeFromNop(typeof(Product)), DescribeFromNop(typeof(ProductAttributeCombination)),
        DescribeFromNop(typeof(ProductWarehouseInventory)), DescribeFromNop(typeof(StockQuantityHistory)),
        DescribeFromNop(typeof(Order)), DescribeFromNop(typeof(OrderItem)),
        DescribeFromNop(typeof(GenericAttribute)), DescribeFromNop(typeof(Setting))
    ];

    /// <summary>The plugin's entities (mapped for linq2db; their tables come from the plugin's own migration).</summary>
    public static IReadOnlyList<NopTable> Plugin { get; } = typeof(SchemaMigration).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(BaseEntity).IsAssignableFrom(t))
        .OrderBy(t => t.Name)
        .Select(Describe)
        .ToList();

    /// <summary>Describes an entity by nopCommerce's default mapping rules from the surface's properties (table name = class name).</summary>
    public static NopTable Describe(Type entityType)
    {
        if (!typeof(BaseEntity).IsAssignableFrom(entityType))
            throw new ArgumentException($"{entityType} is not a nopCommerce entity", nameof(entityType));

        var columns = MappableProperties(entityType)
            .Select(property =>
            {
                var underlying = Nullable.GetUnderlyingType(property.PropertyType);
                var type = underlying ?? property.PropertyType;
                var nullable = underlying != null || type == typeof(string) || type == typeof(byte[]);
                int? size = type == typeof(string) || type == typeof(byte[]) ? int.MaxValue : null;
                return new NopColumn(property.Name, property, type, nullable, size);
            })
            .ToList();

        return new NopTable(entityType.Name, entityType, columns, []);
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
        foreach (var column in table.Columns.Where(c => c.Property != null))
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
                    // Harness only: linq2db inserts the mapped columns, so a NOT NULL column the surface lacks needs a default.
                    if (column.Property == null && !column.IsNullable)
                        typed = typed.WithDefaultValue(DefaultOf(column.Type));
                    create = column.IsNullable ? typed.Nullable() : typed.NotNullable();
                    // As nopCommerce's DefineByOwnType: DateTime columns have precision 6 (microseconds).
                    if (column.Type == typeof(DateTime))
                        ((CreateTableExpressionBuilder)create).CurrentColumn.Precision = 6;
                }

                foreach (var index in table.Indexes)
                {
                    ICreateIndexOnColumnSyntax columns = Create.Index(index.NameOn(table.Name, provider)).OnTable(table.Name);
                    foreach (var column in index.Columns)
                        columns = index.Descending.Contains(column) ? columns.OnColumn(column).Descending() : columns.OnColumn(column).Ascending();
                    if (index.IsUnique)
                        columns.WithOptions().Unique();
                }
            }
        }

        private static object DefaultOf(Type type) => type switch
        {
            _ when type == typeof(int) => 0,
            _ when type == typeof(long) => 0L,
            _ when type == typeof(bool) => false,
            _ when type == typeof(decimal) => 0m,
            _ when type == typeof(DateTime) => new DateTime(2000, 1, 1),
            _ when type == typeof(string) => "",
            _ => throw new NotSupportedException($"no harness default for a NOT NULL {type} column")
        };

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
