using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Inventory.Backorders.Domain;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LifeData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>A product kept by attribute combinations through the order's life: the combination's stock is the one that counts.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class LifeCombinationDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    [Test]
    public async Task A_combination_added_by_the_admin_is_recorded_against_it_and_filled_by_its_restock()
    {
        var harness = new LifeHarness(Database);
        var product = await ProductAsync(Database, 100, p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStockByAttributes);
        var combinations = Database.GetRepository<ProductAttributeCombination>();
        var red = new ProductAttributeCombination { ProductId = product.Id, AttributesXml = "<red/>", StockQuantity = 1 };
        await combinations.InsertAsync(red, publishEvent: false);
        var order = await OrderAsync(Database);

        using (var add = harness.Request())
        {
            var item = await ItemAsync(Database, order, product, 3, "<red/>");
            await add.PublishAsync(new EntityInsertedEvent<OrderItem>(item));
            red.StockQuantity -= 3; // AdjustInventoryAsync on the combination
            await combinations.UpdateAsync(red, publishEvent: false);
            await add.PublishAsync(new EntityUpdatedEvent<ProductAttributeCombination>(red));
            await add.EndAsync();
        }

        Lines(Database).Should().ContainSingle().Which.Should().Match<OrderItemBackorder>(l =>
            l.CombinationId == red.Id && l.QuantityOrdered == 3 && l.QuantityBackordered == 2 && l.Status == BackorderLineStatus.Open);

        using (var restock = harness.Request())
        {
            red.StockQuantity += 1;
            await combinations.UpdateAsync(red, publishEvent: false);
            await restock.PublishAsync(new EntityUpdatedEvent<ProductAttributeCombination>(red));
            await restock.PublishAsync(new EntityUpdatedEvent<Product>(product)); // the product's own stock (100) is not the combination's
            await restock.EndAsync();
        }

        Lines(Database).Single().Should().Match<OrderItemBackorder>(l => l.QuantityFilled == 1 && l.Status == BackorderLineStatus.PartlyFilled);
    }
}
