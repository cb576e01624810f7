using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services.Repair;
using R = Nop.Plugin.Inventory.Backorders.Services.Repair.StockDoctorReason;

namespace Nop.Plugin.Inventory.Backorders.Tests.Repair;

public class StockDoctorRulesTests
{
    private const BackorderMode No = BackorderMode.NoBackorders;
    private const BackorderMode Silent = BackorderMode.AllowQtyBelow0;
    private const BackorderMode Notify = BackorderMode.AllowQtyBelow0AndNotifyCustomer;

    private static StockDoctorProductFacts Healthy(BackorderMode policy = Silent) =>
        new(policy, FollowsDefault: false, DefaultPolicy: No, ManageInventoryMethod.ManageStock, DisableBuyButton: false,
            DisableWishlistButton: false, Published: true, DisplayStockAvailability: true, LowStockFlags.None, TotalStock: 0, EffectiveLimit: 0);

    private static IEnumerable<TestCaseData> ProductCases()
    {
        yield return new TestCaseData(Healthy(), Array.Empty<R>()).SetName("healthy");
        yield return new TestCaseData(Healthy() with { DisableBuyButton = true, RecordedFlags = LowStockFlags.BuyButtonDisabled },
            new[] { R.BuyButtonDisabledByLowStock }).SetName("buttons by the activity");
        yield return new TestCaseData(Healthy() with { DisableWishlistButton = true }, new[] { R.BuyButtonDisabledByAdmin }).SetName("wishlist by hand");
        yield return new TestCaseData(Healthy() with { Published = false, RecordedFlags = LowStockFlags.Unpublished },
            new[] { R.UnpublishedByLowStock }).SetName("unpublished by the activity");
        yield return new TestCaseData(Healthy() with { Published = false, RecordedFlags = LowStockFlags.BuyButtonDisabled },
            new[] { R.UnpublishedByAdmin }).SetName("unpublished by hand, other flag recorded");
        yield return new TestCaseData(Healthy(No) with { FollowsDefault = true, DefaultPolicy = Notify, DisplayStockAvailability = true },
            new[] { R.DefaultNotApplied }).SetName("default not applied");
        yield return new TestCaseData(Healthy(Notify) with { FollowsDefault = true, DefaultPolicy = No }, Array.Empty<R>())
            .SetName("follows a default without backorders: not the doctor's");
        yield return new TestCaseData(Healthy() with { ManageInventoryMethod = ManageInventoryMethod.DontManageStock },
            new[] { R.InventoryNotManaged }).SetName("inventory not tracked");
        yield return new TestCaseData(Healthy(Notify) with { DisplayStockAvailability = false }, new[] { R.StockAvailabilityHidden })
            .SetName("tells customers but availability hidden");
        yield return new TestCaseData(Healthy(Silent) with { DisplayStockAvailability = false }, Array.Empty<R>())
            .SetName("silent backorders hide nothing");
        yield return new TestCaseData(Healthy() with { TotalStock = -5, EffectiveLimit = 5 }, new[] { R.BackorderLimitUsedUp }).SetName("limit used up");
        yield return new TestCaseData(Healthy() with { TotalStock = -4, EffectiveLimit = 5 }, Array.Empty<R>()).SetName("one unit left");
        yield return new TestCaseData(Healthy() with { TotalStock = -400, EffectiveLimit = 0 }, Array.Empty<R>()).SetName("unlimited");
        yield return new TestCaseData(Healthy(No) with { DisableBuyButton = true, Published = false }, Array.Empty<R>())
            .SetName("no backorders: not the doctor's");
    }

    [TestCaseSource(nameof(ProductCases))]
    public void Diagnoses_a_product(StockDoctorProductFacts facts, R[] expected) =>
        StockDoctorRules.Diagnose(facts).Should().Equal(expected);

    [TestCase(Silent, ManageInventoryMethod.ManageStockByAttributes, false, true, R.CombinationNotFollowingProduct)]
    [TestCase(Silent, ManageInventoryMethod.ManageStockByAttributes, false, false, R.CombinationSetByAdmin)]
    [TestCase(Silent, ManageInventoryMethod.ManageStockByAttributes, true, true, null)]
    [TestCase(No, ManageInventoryMethod.ManageStockByAttributes, false, true, null)]
    [TestCase(Silent, ManageInventoryMethod.ManageStock, false, true, null)]
    public void Diagnoses_a_combination(BackorderMode policy, ManageInventoryMethod method, bool allows, bool follows, R? expected) =>
        StockDoctorRules.Diagnose(new StockDoctorCombinationFacts(policy, false, No, method, allows, follows)).Should().Be(expected);

    [Test]
    public void By_default_only_what_the_low_stock_activity_or_the_plugin_set_is_fixed()
    {
        StockDoctorRules.ReasonsToFix(null).Should().Equal(R.BuyButtonDisabledByLowStock, R.UnpublishedByLowStock, R.DefaultNotApplied,
            R.CombinationNotFollowingProduct);
        StockDoctorRules.ReasonsToFix([R.UnpublishedByAdmin, R.BackorderLimitUsedUp, (R)99]).Should().Equal(R.UnpublishedByAdmin);
    }

    [Test]
    public void Every_reason_has_its_text_its_cause_and_its_change_in_the_resources()
    {
        foreach (var reason in StockDoctorRules.All)
        {
            BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + StockDoctorRules.ReasonResource(reason));
            BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + StockDoctorRules.ChangeResource(reason));
            BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + StockDoctorRules.CauseResource(StockDoctorRules.CauseOf(reason)));
        }
    }
}
