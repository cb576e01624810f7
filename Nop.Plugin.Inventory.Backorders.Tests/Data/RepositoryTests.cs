using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

/// <summary><see cref="LinqToDbRepository{TEntity}"/> over nopCommerce's and the plugin's tables on each database.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.MariaDb)]
public class RepositoryTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    // Whole milliseconds: SQLite keeps milliseconds; the others keep microseconds.
    private static readonly DateTime Created = new(2026, 11, 27, 9, 30, 15, 123, DateTimeKind.Utc);
    private static readonly DateTime Updated = new(2026, 11, 28, 17, 45, 59, 987, DateTimeKind.Utc);

    private static Product NewProduct(string name, string sku = null) => new()
    {
        ProductTypeId = (int)ProductType.SimpleProduct,
        VisibleIndividually = true,
        Name = name,
        Sku = sku,
        ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStock,
        StockQuantity = -3,
        MinStockQuantity = 1,
        LowStockActivityId = (int)LowStockActivity.DisableBuyButton,
        BackorderModeId = (int)BackorderMode.AllowQtyBelow0,
        OrderMaximumQuantity = 10000,
        DisableBuyButton = true,
        Published = true,
        CreatedOnUtc = Created,
        UpdatedOnUtc = Updated
    };

    [Test]
    public async Task Product_insert_sets_identities_and_round_trips_every_column()
    {
        var products = Database.GetRepository<Product>();
        var first = NewProduct("Größe – 日本 \"quoted\" 'single'", "SKU-1");
        var second = NewProduct("Second");

        await products.InsertAsync(first);
        await products.InsertAsync(second);

        first.Id.Should().BePositive();
        second.Id.Should().BeGreaterThan(first.Id);
        var read = await products.GetByIdAsync(first.Id);
        read.Should().NotBeSameAs(first);
        read.Should().BeEquivalentTo(first);
        (await products.GetByIdAsync(second.Id)).Sku.Should().BeNull();
    }

    [Test]
    public async Task Product_update_writes_changed_columns_by_id()
    {
        var products = Database.GetRepository<Product>();
        var product = NewProduct("Before", "S");
        var other = NewProduct("Other");
        await products.InsertAsync([product, other]);

        product.Name = "After";
        product.Sku = null;
        product.BackorderMode = BackorderMode.NoBackorders;
        product.DisableBuyButton = false;
        product.Published = false;
        product.StockQuantity = 42;
        product.UpdatedOnUtc = Created.AddDays(3);
        await products.UpdateAsync(product);

        (await products.GetByIdAsync(product.Id)).Should().BeEquivalentTo(product);
        (await products.GetByIdAsync(other.Id)).Name.Should().Be("Other");
    }

    [Test]
    public async Task GetById_returns_null_for_null_zero_and_missing_ids()
    {
        var products = Database.GetRepository<Product>();
        await products.InsertAsync(NewProduct("Only"));

        (await products.GetByIdAsync(null)).Should().BeNull();
        (await products.GetByIdAsync(0)).Should().BeNull();
        (await products.GetByIdAsync(12345)).Should().BeNull();
    }

    [Test]
    public async Task GetByIds_keeps_the_order_of_the_ids_and_skips_missing_ones()
    {
        var products = Database.GetRepository<Product>();
        var list = new List<Product> { NewProduct("a"), NewProduct("b"), NewProduct("c") };
        await products.InsertAsync(list);

        var found = await products.GetByIdsAsync([list[2].Id, 999, list[0].Id, list[1].Id]);

        found.Select(p => p.Name).Should().Equal("c", "a", "b");
        (await products.GetByIdsAsync([])).Should().BeEmpty();
        (await products.GetByIdsAsync(null)).Should().BeEmpty();
    }

    [Test]
    public async Task GetAll_applies_the_query_function()
    {
        var products = Database.GetRepository<Product>();
        await products.InsertAsync([NewProduct("x1"), NewProduct("y"), NewProduct("x2")]);

        var all = await products.GetAllAsync();
        var xs = await products.GetAllAsync(q => q.Where(p => p.Name.StartsWith("x")).OrderByDescending(p => p.Name));

        all.Should().HaveCount(3);
        xs.Select(p => p.Name).Should().Equal("x2", "x1");
    }

    [Test]
    public async Task Deleting_a_product_or_an_order_only_marks_it_deleted_as_nopCommerce_does()
    {
        var products = Database.GetRepository<Product>();
        var orders = Database.GetRepository<Order>();
        var product = NewProduct("soft");
        var order = new Order { OrderGuid = Guid.NewGuid(), CustomOrderNumber = "1", CreatedOnUtc = Created };
        await products.InsertAsync(product);
        await orders.InsertAsync(order);

        await products.DeleteAsync(product);
        await orders.DeleteAsync(order);

        product.Deleted.Should().BeTrue();
        (await products.GetByIdAsync(product.Id)).Deleted.Should().BeTrue("the row is kept");
        (await products.GetByIdAsync(product.Id, includeDeleted: false)).Should().BeNull();
        (await products.GetAllAsync(includeDeleted: false)).Should().BeEmpty();
        (await products.GetByIdsAsync([product.Id], includeDeleted: false)).Should().BeEmpty();
        (await orders.GetByIdAsync(order.Id)).Deleted.Should().BeTrue();
    }

    [Test]
    public async Task Order_and_order_items_round_trip_although_Order_is_a_reserved_word()
    {
        var orders = Database.GetRepository<Order>();
        var items = Database.GetRepository<OrderItem>();
        var order = new Order
        {
            OrderGuid = Guid.NewGuid(), StoreId = 1, CustomerId = 5, OrderStatus = OrderStatus.Processing, CreatedOnUtc = Created,
            CustomOrderNumber = "ORD-0001"
        };
        await orders.InsertAsync(order);
        var line = new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = order.Id, ProductId = 3, Quantity = 4, AttributesXml = "<Attributes />" };
        await items.InsertAsync(line);

        Database.TableExists("Order").Should().BeTrue();
        (await orders.GetByIdAsync(order.Id)).Should().BeEquivalentTo(order);
        (await items.GetAllAsync(q => q.Where(i => i.OrderId == order.Id))).Should().ContainSingle().Which.Should().BeEquivalentTo(line);
        orders.Table.Where(o => o.OrderGuid == order.OrderGuid).Select(o => o.Id).Should().Equal(order.Id);

        var sameGuid = () => orders.InsertAsync(new Order { OrderGuid = order.OrderGuid, CustomOrderNumber = "2", CreatedOnUtc = Created });
        (await sameGuid.Should().ThrowAsync<Exception>()).Which.Should().Match<Exception>(e => TestDatabase.IsUniqueViolation(e),
            "nopCommerce's AK_Order_OrderGuid");
    }

    [Test]
    public async Task Delete_by_predicate_removes_rows_and_returns_the_count()
    {
        var items = Database.GetRepository<OrderItem>();
        await items.InsertAsync([
            new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = 1, ProductId = 1, Quantity = 1 },
            new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = 1, ProductId = 2, Quantity = 2 },
            new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = 2, ProductId = 1, Quantity = 3 }
        ]);
        Database.Events.Clear();

        var deleted = await items.DeleteAsync(i => i.OrderId == 1);

        deleted.Should().Be(2);
        items.Table.Select(i => i.Quantity).Should().Equal(3);
        (await items.DeleteAsync(i => i.OrderId == 1)).Should().Be(0);
        Database.Events.Should().BeEmpty("a set-based delete publishes no entity events");
    }

    [Test]
    public async Task Delete_of_entities_removes_them_by_id()
    {
        var items = Database.GetRepository<OrderItem>();
        var list = new List<OrderItem>
        {
            new() { OrderItemGuid = Guid.NewGuid(), OrderId = 1, Quantity = 1 },
            new() { OrderItemGuid = Guid.NewGuid(), OrderId = 1, Quantity = 2 },
            new() { OrderItemGuid = Guid.NewGuid(), OrderId = 1, Quantity = 3 }
        };
        await items.InsertAsync(list);

        await items.DeleteAsync(list[1]);
        await items.DeleteAsync([list[0]]);

        items.Table.Select(i => i.Id).Should().Equal(list[2].Id);
    }

    [Test]
    public async Task Ledger_records_round_trip()
    {
        var ledger = Database.GetRepository<OrderItemBackorder>();
        // Whole seconds: the plugin's migration declares AsDateTime2(), which FluentMigrator's MySql5 generator makes
        // DATETIME (no fraction) on MariaDB, where nopCommerce's own tables use datetime(6).
        var record = new OrderItemBackorder
        {
            OrderId = 11, OrderItemId = 111, ProductId = 5, QuantityOrdered = 8, QuantityBackordered = 6, QuantityFilled = 0, Status = BackorderLineStatus.Open,
            CreatedOnUtc = Created.AddMilliseconds(-Created.Millisecond), UpdatedOnUtc = Updated.AddMilliseconds(-Updated.Millisecond)
        };

        await ledger.InsertAsync(record);
        record.QuantityFilled = 4;
        record.Status = BackorderLineStatus.PartlyFilled;
        record.UpdatedOnUtc = record.UpdatedOnUtc.AddHours(1);
        await ledger.UpdateAsync(record);

        record.Id.Should().BePositive();
        (await ledger.GetByIdAsync(record.Id)).Should().BeEquivalentTo(record);
        (await ledger.DeleteAsync(r => r.OrderId == 11)).Should().Be(1, "the ledger is not soft-deleted");
        ledger.Table.Should().BeEmpty();
    }

    [Test]
    public async Task Product_settings_round_trip_nullable_and_boolean_columns()
    {
        var settings = Database.GetRepository<ProductBackorderSetting>();
        var restock = new DateTime(2026, 12, 24, 8, 0, 0, DateTimeKind.Utc);
        var withValues = new ProductBackorderSetting
        {
            ProductId = 1, UsesDefaultPolicy = false, BackorderLimit = 0, ExpectedRestockDateUtc = restock,
            LowStockFlagsSetByActivity = (int)(LowStockFlags.BuyButtonDisabled | LowStockFlags.Unpublished), UpdatedOnUtc = restock
        };
        var withNulls = new ProductBackorderSetting { ProductId = 2, UsesDefaultPolicy = true, UpdatedOnUtc = restock };
        await settings.InsertAsync([withValues, withNulls]);

        (await settings.GetByIdAsync(withValues.Id)).Should().BeEquivalentTo(withValues);
        (await settings.GetByIdAsync(withNulls.Id)).Should().BeEquivalentTo(withNulls);
        settings.Table.Where(s => s.BackorderLimit == null).Select(s => s.ProductId).Should().Equal(2);
        settings.Table.Where(s => s.UsesDefaultPolicy).Select(s => s.ProductId).Should().Equal(2);
        settings.Table.Where(s => !s.UsesDefaultPolicy && s.ExpectedRestockDateUtc < restock.AddDays(1)).Select(s => s.ProductId).Should().Equal(1);

        withValues.BackorderLimit = null;
        withValues.ExpectedRestockDateUtc = null;
        withValues.UsesDefaultPolicy = true;
        withNulls.BackorderLimit = 25;
        withNulls.ExpectedRestockDateUtc = restock.AddDays(7);
        withNulls.UsesDefaultPolicy = false;
        await settings.UpdateAsync([withValues, withNulls]);

        (await settings.GetByIdsAsync([withValues.Id, withNulls.Id])).Should().BeEquivalentTo([withValues, withNulls],
            o => o.WithStrictOrdering());
    }

    [Test]
    public async Task A_list_insert_is_all_or_nothing()
    {
        var settings = Database.GetRepository<ProductBackorderSetting>();
        var list = new List<ProductBackorderSetting>
        {
            new() { ProductId = 1, UpdatedOnUtc = Created },
            new() { ProductId = 2, UpdatedOnUtc = Created },
            new() { ProductId = 1, UpdatedOnUtc = Created }
        };

        var insert = () => settings.InsertAsync(list);

        (await insert.Should().ThrowAsync<Exception>()).Which.Should().Match<Exception>(e => TestDatabase.IsUniqueViolation(e));
        settings.Table.Should().BeEmpty();
        Database.Events.Should().BeEmpty();
    }

    [Test]
    public async Task Generic_attributes_and_settings_round_trip()
    {
        var attributes = Database.GetRepository<GenericAttribute>();
        var settings = Database.GetRepository<Setting>();
        var attribute = new GenericAttribute { EntityId = 4, KeyGroup = "Product", Key = "Backorders.Note", Value = new string('v', 5000), StoreId = 1 };
        var setting = new Setting("backordersettings.defaultbackordermode", "1", 0);

        await attributes.InsertAsync(attribute);
        await settings.InsertAsync(setting);

        (await attributes.GetByIdAsync(attribute.Id)).Should().BeEquivalentTo(attribute);
        attributes.Table.Where(a => a.KeyGroup == "Product" && a.Key == "Backorders.Note").Select(a => a.EntityId).Should().Equal(4);
        (await settings.GetAllAsync(q => q.Where(s => s.Name == "backordersettings.defaultbackordermode"))).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(setting);
    }

    [Test]
    public async Task String_comparisons_are_case_insensitive_as_in_nopCommerce_except_on_SQLite()
    {
        var settings = Database.GetRepository<Setting>();
        await settings.InsertAsync(new Setting("BackorderSettings.PickListMessage", "x"));

        var found = settings.Table.Count(s => s.Name == "backordersettings.picklistmessage");

        if (Provider == DatabaseProvider.Sqlite)
            found.Should().Be(0, "SQLite compares case-sensitively (nopCommerce does not run on SQLite): a test relying on case must not run there");
        else
            found.Should().Be(1, "citext on PostgreSQL and the _ci collation on MariaDB, as in nopCommerce");
    }

    [Test]
    public async Task Stock_tables_round_trip()
    {
        var combinations = Database.GetRepository<ProductAttributeCombination>();
        var inventories = Database.GetRepository<ProductWarehouseInventory>();
        var history = Database.GetRepository<StockQuantityHistory>();
        var combination = new ProductAttributeCombination
        {
            ProductId = 1, AttributesXml = "<Attributes><ProductAttribute ID=\"1\" /></Attributes>", StockQuantity = -2,
            AllowOutOfStockOrders = true, Sku = "C-1", NotifyAdminForQuantityBelow = 1, MinStockQuantity = 0
        };
        var inventory = new ProductWarehouseInventory { ProductId = 1, WarehouseId = 2, StockQuantity = 5, ReservedQuantity = 7 };
        var entry = new StockQuantityHistory { ProductId = 1, QuantityAdjustment = -2, StockQuantity = -2, Message = "Backordered", CreatedOnUtc = Created };
        var withCombination = new StockQuantityHistory { ProductId = 1, CombinationId = 3, WarehouseId = 2, QuantityAdjustment = 1, CreatedOnUtc = Created };

        await combinations.InsertAsync(combination);
        await inventories.InsertAsync(inventory);
        await history.InsertAsync([entry, withCombination]);

        (await combinations.GetByIdAsync(combination.Id)).Should().BeEquivalentTo(combination);
        (await inventories.GetByIdAsync(inventory.Id)).Should().BeEquivalentTo(inventory);
        (await history.GetByIdsAsync([entry.Id, withCombination.Id])).Should().BeEquivalentTo([entry, withCombination], o => o.WithStrictOrdering());
    }

    [Test]
    public async Task The_nop_data_provider_runs_statements_and_queries_as_given()
    {
        var products = Database.GetRepository<Product>();
        var a = NewProduct("a");
        var b = NewProduct("b");
        await products.InsertAsync([a, b]);
        var provider = Database.GetNopDataProvider();
        var q = Database.Quote;

        var updated = await provider.ExecuteNonQueryAsync(
            $"UPDATE {q("Product")} SET {q("StockQuantity")} = @quantity WHERE {q("Id")} = @id",
            new LinqToDB.Data.DataParameter("quantity", 17), new LinqToDB.Data.DataParameter("id", b.Id));
        var ids = await provider.QueryAsync<int>($"SELECT {q("Id")} FROM {q("Product")} WHERE {q("StockQuantity")} = 17");

        updated.Should().Be(1);
        ids.Should().Equal(b.Id);
        (await products.GetByIdAsync(a.Id)).StockQuantity.Should().Be(a.StockQuantity);
    }

    [Test]
    public async Task Events_are_recorded_in_order_unless_suppressed_and_published_as_nopCommerce_events()
    {
        var publisher = new Mock<IEventPublisher>();
        publisher.Setup(p => p.PublishAsync(It.IsAny<EntityInsertedEvent<Product>>())).Returns(Task.CompletedTask);
        Database.EventPublisher = publisher.Object;
        var products = Database.GetRepository<Product>();
        var settings = Database.GetRepository<ProductBackorderSetting>();
        var product = NewProduct("evented");
        var silent = NewProduct("silent");
        var setting = new ProductBackorderSetting { ProductId = 1, UpdatedOnUtc = Created };

        await products.InsertAsync(product);
        await products.InsertAsync(silent, publishEvent: false);
        await settings.InsertAsync(setting);
        await products.UpdateAsync(product);
        await settings.DeleteAsync(setting);

        Database.Events.Should().Equal(
            new RepositoryEvent(RepositoryEventKind.Inserted, product),
            new RepositoryEvent(RepositoryEventKind.Inserted, setting),
            new RepositoryEvent(RepositoryEventKind.Updated, product),
            new RepositoryEvent(RepositoryEventKind.Deleted, setting));
        publisher.Verify(p => p.PublishAsync(It.Is<EntityInsertedEvent<Product>>(e => e.Entity == product)), Times.Once);
        publisher.Verify(p => p.PublishAsync(It.Is<EntityInsertedEvent<Product>>(e => e.Entity == silent)), Times.Never);
        settings.Table.Should().BeEmpty("the plugin's entities are deleted for real");
    }
}
