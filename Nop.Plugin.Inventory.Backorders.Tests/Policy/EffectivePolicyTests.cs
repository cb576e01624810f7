using Nop.Core.Domain.Catalog;
using static Nop.Core.Domain.Catalog.BackorderMode;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Policy;

public class EffectivePolicyTests
{
    [TestCase(true, NoBackorders, AllowQtyBelow0AndNotifyCustomer, AllowQtyBelow0AndNotifyCustomer)]
    [TestCase(true, AllowQtyBelow0, NoBackorders, NoBackorders)]
    [TestCase(false, AllowQtyBelow0, NoBackorders, AllowQtyBelow0)]
    [TestCase(false, NoBackorders, AllowQtyBelow0AndNotifyCustomer, NoBackorders)]
    public void Product_follows_the_default_only_when_it_uses_it(bool usesDefault, BackorderMode own, BackorderMode @default, BackorderMode expected)
    {
        EffectivePolicy.ForProduct(usesDefault, own, @default).Should().Be(expected);
    }

    [TestCase(NoBackorders, true)]
    [TestCase(AllowQtyBelow0, false)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, false)]
    public void A_product_created_elsewhere_uses_the_default_when_it_has_nopCommerce_s_new_product_policy(BackorderMode createdWith, bool usesDefault)
    {
        EffectivePolicy.NewProductUsesDefault(createdWith).Should().Be(usesDefault);
    }

    [TestCase(AllowQtyBelow0AndNotifyCustomer, true, AllowQtyBelow0AndNotifyCustomer)]
    [TestCase(AllowQtyBelow0, true, AllowQtyBelow0)]
    [TestCase(NoBackorders, true, AllowQtyBelow0)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, false, NoBackorders)]
    [TestCase(NoBackorders, false, NoBackorders)]
    public void Combination_policy(BackorderMode productPolicy, bool allowOutOfStockOrders, BackorderMode expected)
    {
        EffectivePolicy.ForCombination(productPolicy, allowOutOfStockOrders).Should().Be(expected);
    }

    [TestCase(NoBackorders, false)]
    [TestCase(AllowQtyBelow0, true)]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, true)]
    public void Combination_follows_its_product_s_policy(BackorderMode productPolicy, bool allows)
    {
        EffectivePolicy.CombinationAllowsOutOfStockOrders(productPolicy).Should().Be(allows);
    }
}
