using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Ledger;

public class ItemCapturesTests
{
    private static readonly AdjustedLine Hamper = new(1, "<gift/>", 3);

    private static LineCapture Own(int ordered, int backordered) => new(1, "<gift/>", ordered, backordered, 0);

    private static LineCapture Attached(int productId, int ordered, int backordered) =>
        new(productId, "placing the order #7", ordered, backordered, 0, AttachedTo: Hamper);

    [Test]
    public void Without_attached_products_the_item_s_own_capture_is_the_only_line()
    {
        ItemCaptures.PerProduct(Own(3, 2), [], 3).Select(c => (c.ProductId, c.QuantityOrdered, c.QuantityPerItem, c.QuantityBackordered))
            .Should().Equal((1, 3, 1, 2));
    }

    [Test]
    public void An_attached_product_keeps_its_units_per_item()
    {
        ItemCaptures.PerProduct(null, [Attached(9, 6, 5)], 3).Select(c => (c.ProductId, c.QuantityOrdered, c.QuantityPerItem, c.QuantityBackordered))
            .Should().Equal((9, 6, 2, 5));
    }

    [Test]
    public void Captures_of_one_product_add_up_and_others_stay_apart()
    {
        ItemCaptures.PerProduct(Own(3, 0), [Attached(9, 3, 0), Attached(8, 3, 1), Attached(9, 6, 4), Attached(1, 3, 3)], 3)
            .Select(c => (c.ProductId, c.QuantityOrdered, c.QuantityPerItem, c.QuantityBackordered))
            .Should().Equal((1, 6, 2, 3), (9, 9, 3, 4), (8, 3, 1, 1));
    }

    [Test]
    public void Pending_captures_are_taken_back_by_their_line_and_an_attached_one_is_never_taken_for_a_line_s_own_product()
    {
        var captures = new BackorderCaptures();
        captures.Add(Own(3, 2));
        captures.Add(Attached(9, 6, 5));
        captures.Add(new LineCapture(9, "placing the order #7", 6, 5, 0, AttachedTo: new AdjustedLine(2, "", 3)));

        captures.Take(9, "placing the order #7", 6).Should().BeNull();
        captures.TakeAttached(1, "<gift/>", 3).Should().ContainSingle().Which.ProductId.Should().Be(9);
        captures.Take(1, "<gift/>", 3).Should().NotBeNull();
        captures.TakeAll().Should().ContainSingle().Which.AttachedTo.Should().Be(new AdjustedLine(2, "", 3));
    }

    [Test]
    public async Task The_line_around_a_nested_adjustment_flows_into_it_and_ends_with_the_outer_call()
    {
        AttachedStockScope.Current.Should().BeNull();
        AdjustedLine? seen = null;
        using (AttachedStockScope.Enter(1, "<gift/>", -3))
        {
            await Task.Run(() => seen = AttachedStockScope.Current);
        }

        seen.Should().Be(Hamper);
        AttachedStockScope.Current.Should().BeNull();
    }
}
