using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Policy;

public class OutsideChangeTests
{
    private const BackorderMode No = BackorderMode.NoBackorders;
    private const BackorderMode Silent = BackorderMode.AllowQtyBelow0;
    private const BackorderMode Notify = BackorderMode.AllowQtyBelow0AndNotifyCustomer;

    [TestCase(true, No, No, false, Description = "follows the default and carries it: nothing happened to the policy")]
    [TestCase(true, Notify, Notify, false)]
    [TestCase(true, Notify, No, true, Description = "an import gave a default-following product another policy")]
    [TestCase(true, No, Silent, true)]
    [TestCase(true, Silent, Notify, true, Description = "even between two backorder policies")]
    [TestCase(false, Notify, No, false, Description = "an own choice stays an own choice, whatever is written")]
    [TestCase(false, No, No, false)]
    public void A_product_that_follows_the_default_and_carries_another_policy_has_chosen_its_own(
        bool followsDefault, BackorderMode carried, BackorderMode currentDefault, bool ownChoice) =>
        OutsideChange.MakesOwnChoice(followsDefault, carried, currentDefault).Should().Be(ownChoice);
}

public class ProductCopyTests
{
    [Test]
    public void The_first_product_inserted_while_copying_is_the_copy_and_nested_copies_have_their_own()
    {
        ProductCopy.Claim(5).Should().BeFalse("no copy in progress");

        using (ProductCopy.Begin(sourceProductId: 1))
        {
            ProductCopy.Claim(10).Should().BeTrue();
            ProductCopy.Claim(11).Should().BeFalse("only the first insert is the copy");
            ProductCopy.IsInProgress(10).Should().BeTrue();

            using (ProductCopy.Begin(sourceProductId: 2))
            {
                ProductCopy.Claim(12).Should().BeTrue("an associated product's copy");
                ProductCopy.IsInProgress(12).Should().BeTrue();
            }

            ProductCopy.IsInProgress(12).Should().BeFalse();
            ProductCopy.IsInProgress(10).Should().BeTrue();
        }

        ProductCopy.IsInProgress(10).Should().BeFalse();
        ProductCopy.IsInProgress(0).Should().BeFalse();
    }

    [Test]
    public async Task The_copy_is_seen_by_the_awaited_calls_that_insert_it()
    {
        using var copying = ProductCopy.Begin(sourceProductId: 1);

        // nopCommerce's insert runs the consumers deep inside awaited calls, on other threads.
        var claimed = await Task.Run(async () => { await Task.Yield(); return ProductCopy.Claim(20); });

        claimed.Should().BeTrue();
        copying.CopyProductId.Should().Be(20);
        ProductCopy.IsInProgress(20).Should().BeTrue();
    }
}
