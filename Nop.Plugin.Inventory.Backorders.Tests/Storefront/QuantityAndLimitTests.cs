using Nop.Core.Domain.Catalog;
using static Nop.Core.Domain.Catalog.BackorderMode;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class QuantityAndLimitTests
{
    [TestCase(10, 4, 4, 0)]
    [TestCase(3, 5, 3, 2)]
    [TestCase(0, 5, 0, 5)]
    [TestCase(-7, 5, 0, 5)]
    [TestCase(5, 0, 0, 0)]
    public void Split_covers_what_stock_can_and_backorders_the_rest(int available, int requested, int inStock, int backordered)
    {
        BackorderQuantity.Split(available, requested).Should().Be(new BackorderSplit(inStock, backordered));
    }

    [Test]
    public void Split_rejects_a_negative_request()
    {
        var act = () => BackorderQuantity.Split(5, -1);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("requested");
    }

    [TestCase(6, 4, 0)]   // 10 before, 4 taken
    [TestCase(-2, 5, 2)]  // 3 before, 5 taken
    [TestCase(-9, 4, 4)]  // already negative before
    [TestCase(0, 3, 0)]   // exactly used up
    public void Backordered_by_a_line_from_the_stock_after_it(int stockAfter, int quantity, int backordered)
    {
        BackorderQuantity.BackorderedByLine(stockAfter, quantity).Should().Be(backordered);
    }

    [TestCase(null, 0, 0)]
    [TestCase(null, 8, 8)]
    [TestCase(3, 8, 3)]
    [TestCase(0, 8, 0)]
    public void Effective_limit_is_the_product_s_own_else_the_default(int? own, int @default, int expected)
    {
        BackorderLimit.Effective(own, @default).Should().Be(expected);
    }

    [Test]
    public void A_negative_limit_is_refused()
    {
        var act = () => BackorderLimit.Effective(-1, 0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [TestCase(NoBackorders, 5, 0, 5)]
    [TestCase(NoBackorders, -2, 10, 0)]
    [TestCase(AllowQtyBelow0, 5, 3, 8)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, -2, 3, 1)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, -5, 3, 0)]
    public void Maximum_orderable(BackorderMode policy, int available, int limit, int expected)
    {
        BackorderLimit.MaximumOrderable(policy, available, limit).Should().Be(expected);
    }

    [TestCase(AllowQtyBelow0)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer)]
    public void No_maximum_when_backorders_are_unlimited(BackorderMode policy)
    {
        BackorderLimit.MaximumOrderable(policy, -1000, BackorderLimit.Unlimited).Should().BeNull();
        BackorderLimit.Allows(policy, -1000, BackorderLimit.Unlimited, 1_000_000).Should().BeTrue();
    }

    [TestCase(AllowQtyBelow0, 2, 3, 5, true)]
    [TestCase(AllowQtyBelow0, 2, 3, 6, false)]
    [TestCase(NoBackorders, 2, 3, 3, false)]
    [TestCase(NoBackorders, 2, 3, 2, true)]
    public void Allows_within_the_maximum(BackorderMode policy, int available, int limit, int requested, bool allowed)
    {
        BackorderLimit.Allows(policy, available, limit, requested).Should().Be(allowed);
    }
}
