using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LedgerData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>
/// Products attached to an order line through "associated product" attribute values (nopCommerce adjusts their stock by
/// item quantity × the value's quantity inside the line's adjustment), recorded on SQLite, PostgreSQL and MariaDB: a ledger
/// line per product for the same order item.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class AttachedProductDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const string Gift = "<gift-box/>";

    [Test]
    public async Task An_attached_product_that_goes_below_zero_is_recorded_against_the_line_s_order_item()
    {
        var hamper = await InsertProductAsync(Database, stock: 10);
        var jar = await InsertProductAsync(Database, stock: 1);

        // 3 hampers, 2 jars each: 6 jars against stock 1.
        (await new LedgerInstance(Database).PlaceLineAsync(hamper, 3, orderId: 1, orderItemId: 11, Gift, [(jar, 2)])).Should().BeTrue();

        Available(Database, hamper).Should().Be(7);
        Available(Database, jar).Should().Be(-5);
        LedgerRows(Database).Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            OrderId = 1, OrderItemId = 11, ProductId = jar.Id, QuantityOrdered = 6, QuantityPerItem = 2, QuantityBackordered = 5,
            Status = BackorderLineStatus.Open
        });
    }

    [Test]
    public async Task The_line_s_own_product_and_an_attached_one_both_short_get_a_line_each_for_the_same_item()
    {
        var hamper = await InsertProductAsync(Database, stock: 1);
        var jar = await InsertProductAsync(Database, stock: 0, BackorderMode.AllowQtyBelow0);

        await new LedgerInstance(Database).PlaceLineAsync(hamper, 3, orderId: 1, orderItemId: 11, Gift, [(jar, 1)]);

        LedgerRows(Database).Select(r => (r.OrderItemId, r.ProductId, r.QuantityOrdered, r.QuantityPerItem, r.QuantityBackordered))
            .Should().Equal((11, hamper.Id, 3, 1, 2), (11, jar.Id, 3, 1, 3));
    }

    [Test]
    public async Task Two_values_attaching_the_same_product_make_one_line_with_their_units_per_item_added()
    {
        var hamper = await InsertProductAsync(Database, stock: 10);
        var jar = await InsertProductAsync(Database, stock: 4);

        await new LedgerInstance(Database).PlaceLineAsync(hamper, 2, orderId: 1, orderItemId: 11, Gift, [(jar, 1), (jar, 2)]);

        // 2 jars take stock 4 → 2 (none short), then 4 more → −2.
        Available(Database, jar).Should().Be(-2);
        LedgerRows(Database).Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            OrderItemId = 11, ProductId = jar.Id, QuantityOrdered = 6, QuantityPerItem = 3, QuantityBackordered = 2
        });
    }

    [Test]
    public async Task Attached_products_of_the_next_line_are_that_line_s()
    {
        var hamper = await InsertProductAsync(Database, stock: 10);
        var basket = await InsertProductAsync(Database, stock: 10);
        var jar = await InsertProductAsync(Database, stock: 1);
        var instance = new LedgerInstance(Database);

        await instance.PlaceLineAsync(hamper, 1, orderId: 1, orderItemId: 11, Gift, [(jar, 1)]);
        await instance.PlaceLineAsync(basket, 2, orderId: 1, orderItemId: 12, Gift, [(jar, 1)]);

        LedgerRows(Database).Select(r => (r.OrderItemId, r.ProductId, r.QuantityOrdered, r.QuantityBackordered))
            .Should().Equal((12, jar.Id, 2, 2));
    }
}
