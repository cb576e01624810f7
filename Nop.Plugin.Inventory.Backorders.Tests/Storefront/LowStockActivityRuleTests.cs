using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using static Nop.Core.Domain.Catalog.BackorderMode;
using static Nop.Core.Domain.Catalog.LowStockActivity;
using static Nop.Plugin.Inventory.Backorders.Domain.LowStockFlags;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class LowStockActivityRuleTests
{
    [TestCase(DisableBuyButton, NoBackorders, 0, 0, None, false, BuyButtonDisabled, None, TestName = "No backorders, at minimum: buy button disabled (as nopCommerce)")]
    [TestCase(Unpublish, NoBackorders, -1, 0, None, false, Unpublished, None, TestName = "No backorders, below minimum: unpublished (as nopCommerce)")]
    [TestCase(LowStockActivity.Nothing, NoBackorders, -1, 0, None, false, None, None, TestName = "No activity: nothing")]
    [TestCase(DisableBuyButton, AllowQtyBelow0, -5, 0, None, false, None, None, TestName = "Backorders on: never blocked")]
    [TestCase(Unpublish, AllowQtyBelow0AndNotifyCustomer, -5, 0, Unpublished, false, None, Unpublished, TestName = "Backorders on: lifts what the activity set")]
    [TestCase(DisableBuyButton, AllowQtyBelow0, 3, 0, BuyButtonDisabled, false, None, BuyButtonDisabled, TestName = "Backorders on, above minimum: lifts what the activity set")]
    [TestCase(DisableBuyButton, NoBackorders, 5, 0, BuyButtonDisabled, false, None, None, TestName = "Above minimum without publish-back: flags stay (as nopCommerce)")]
    [TestCase(DisableBuyButton, NoBackorders, 5, 0, BuyButtonDisabled, true, None, BuyButtonDisabled, TestName = "Above minimum with publish-back: lifts only the activity's flags")]
    [TestCase(DisableBuyButton, NoBackorders, 5, 0, None, true, None, None, TestName = "Above minimum with publish-back: an admin's flag is not ours to lift")]
    public void Decides_flags(LowStockActivity activity, BackorderMode policy, int stock, int min, LowStockFlags recorded, bool publishBack,
        LowStockFlags set, LowStockFlags lift)
    {
        LowStockActivityRule.Decide(activity, policy, stock, min, recorded, publishBack).Should().Be(new LowStockDecision(set, lift));
    }

    [TestCase(DisableBuyButton, true, true, 0, 0, BuyButtonDisabled)]
    [TestCase(DisableBuyButton, true, true, 4, 0, None)]
    [TestCase(DisableBuyButton, false, true, -1, 0, None)]
    [TestCase(Unpublish, false, false, -1, 0, Unpublished)]
    [TestCase(Unpublish, true, false, -1, 0, Unpublished)]
    [TestCase(Unpublish, true, true, -1, 0, None)]
    [TestCase(LowStockActivity.Nothing, true, false, -1, 0, None)]
    public void Infers_flags_set_by_the_activity_for_products_without_a_record(LowStockActivity activity, bool disableBuyButton, bool published,
        int stock, int min, LowStockFlags expected)
    {
        LowStockActivityRule.InferSetByActivity(activity, disableBuyButton, published, stock, min).Should().Be(expected);
    }
}
