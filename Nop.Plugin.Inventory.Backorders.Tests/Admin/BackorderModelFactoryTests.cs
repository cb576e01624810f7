using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

public class BackorderModelFactoryTests
{
    private static BackorderModelFactory Factory()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key.EndsWith(".Default") ? "default {0}" : key);
        return new BackorderModelFactory(localization.Object, []);
    }

    [Test]
    public async Task Product_with_its_own_policy_limit_and_restock_date()
    {
        var setting = new ProductBackorderSetting { ProductId = 7, UsesDefaultPolicy = false, BackorderLimit = 4, ExpectedRestockDateUtc = new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc) };
        var settings = new BackorderSettings { DefaultBackorderMode = BackorderMode.NoBackorders, DefaultBackorderLimit = 10 };

        var model = await Factory().PrepareProductPolicyModelAsync(7, false, (int)BackorderMode.AllowQtyBelow0, setting, settings);

        model.Backorders.UseDefault.Should().BeFalse();
        model.Backorders.BackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0);
        model.Backorders.BackorderLimit.Should().Be(4);
        model.Backorders.ExpectedRestockDate.Should().Be(new DateTime(2027, 3, 1));
        model.DefaultBackorderModeId.Should().Be((int)BackorderMode.NoBackorders);
        model.DefaultLimitPlaceholder.Should().Be("default 10");
        model.AvailablePolicies.Single(i => i.Selected).Value.Should().Be(((int)BackorderMode.AllowQtyBelow0).ToString());
    }

    [TestCase(-1, false, TestName = "A restock date that passed yesterday is not offered again")]
    [TestCase(-40000, false, TestName = "A restock date of 1900 is not offered again")]
    [TestCase(0, true, TestName = "Today's restock date is still offered")]
    [TestCase(1, true, TestName = "Tomorrow's restock date is offered")]
    public async Task A_stored_restock_date_that_has_passed_is_left_out_so_the_next_save_is_not_refused(int daysFromToday, bool offered)
    {
        // The form refuses a past date; a stored one that has since passed would otherwise block every later save.
        var date = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(daysFromToday), DateTimeKind.Utc);
        var setting = new ProductBackorderSetting { ProductId = 7, UsesDefaultPolicy = false, ExpectedRestockDateUtc = date };

        var model = await Factory().PrepareProductPolicyModelAsync(7, false, (int)BackorderMode.AllowQtyBelow0AndNotifyCustomer, setting, new BackorderSettings());

        model.Backorders.ExpectedRestockDate.Should().Be(offered ? date.Date : null);
    }

    [Test]
    public async Task Product_that_uses_the_default_shows_the_default_and_an_empty_limit()
    {
        var settings = new BackorderSettings { DefaultBackorderMode = BackorderMode.AllowQtyBelow0AndNotifyCustomer, DefaultBackorderLimit = 0 };

        var model = await Factory().PrepareProductPolicyModelAsync(7, true, (int)BackorderMode.NoBackorders, null, settings);

        model.Backorders.UseDefault.Should().BeTrue();
        model.Backorders.BackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0AndNotifyCustomer);
        model.Backorders.BackorderLimit.Should().BeNull();
        model.Backorders.ExpectedRestockDate.Should().BeNull();
        model.DefaultLimitPlaceholder.Should().Be(BackordersDefaults.ResourcePrefix + "Fields.BackorderLimit.DefaultUnlimited");
    }

    [Test]
    public async Task Catalog_settings_block_carries_the_store_default()
    {
        var model = await Factory().PrepareCatalogSettingsModelAsync(new BackorderSettings { DefaultBackorderMode = BackorderMode.AllowQtyBelow0, DefaultBackorderLimit = 5 });

        model.Backorders.DefaultBackorderModeId.Should().Be((int)BackorderMode.AllowQtyBelow0);
        model.Backorders.DefaultBackorderLimit.Should().Be(5);
        model.AvailableBackorderModes.Should().HaveCount(3);
    }

    [TestCase(BackorderMode.NoBackorders, false)]
    [TestCase(BackorderMode.AllowQtyBelow0, true)]
    [TestCase(BackorderMode.AllowQtyBelow0AndNotifyCustomer, true)]
    public void Combination_box_knows_what_following_the_product_means(BackorderMode productPolicy, bool allows)
    {
        var model = Factory().PrepareCombinationModel(true, productPolicy);

        model.Backorders.CombinationFollowsProduct.Should().BeTrue();
        model.ImpliedAllowOutOfStockOrders.Should().Be(allows);
    }
}
