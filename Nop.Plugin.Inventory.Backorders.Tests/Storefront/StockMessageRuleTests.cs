using Nop.Core.Domain.Catalog;
using static Nop.Core.Domain.Catalog.BackorderMode;
using static Nop.Plugin.Inventory.Backorders.Services.Storefront.StockMessageKind;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class StockMessageRuleTests
{
    private static readonly DateTime Restock = new(2026, 12, 12);

    private static StockSituation Situation(BackorderMode policy, int available, bool display = true, bool displayQty = false,
        int min = 0, LowStockActivity activity = LowStockActivity.Nothing, bool range = false, DateTime? restock = null,
        int requested = 0, int limit = 0) =>
        new(policy, available, display, displayQty, min, activity, range, restock, requested, limit);

    // Every branch of nopCommerce 4.90's stock message for ManageStock (API-NOTES §1.6), for the three policies.
    private static IEnumerable<TestCaseData> NopBranches()
    {
        foreach (var policy in new[] { NoBackorders, AllowQtyBelow0, AllowQtyBelow0AndNotifyCustomer })
        {
            yield return Case("availability hidden", Situation(policy, 5, display: false), new StockMessage(None));
            yield return Case("availability hidden, out of stock", Situation(policy, -3, display: false, range: true), new StockMessage(None));
            yield return Case("low stock with quantity", Situation(policy, 2, displayQty: true, min: 2), new StockMessage(LowStock, true, 2));
            yield return Case("low stock", Situation(policy, 2, min: 3), new StockMessage(LowStock, false, 2));
            yield return Case("at minimum but an activity is set: in stock", Situation(policy, 2, min: 2, activity: LowStockActivity.DisableBuyButton), new StockMessage(InStock, false, 2));
            yield return Case("in stock with quantity", Situation(policy, 7, displayQty: true, min: 1), new StockMessage(InStock, true, 7));
            yield return Case("in stock", Situation(policy, 7), new StockMessage(InStock, false, 7));
        }

        yield return Case("No: out of stock", Situation(NoBackorders, 0), new StockMessage(OutOfStock));
        yield return Case("No: negative stock", Situation(NoBackorders, -2, displayQty: true), new StockMessage(OutOfStock));
        yield return Case("No: availability range", Situation(NoBackorders, 0, range: true), new StockMessage(AvailableInRange));
        yield return Case("Yes silent: never revealed, quantity not shown", Situation(AllowQtyBelow0, -4, displayQty: true, range: true), new StockMessage(InStock));
        yield return Case("Yes silent: restock date not revealed", Situation(AllowQtyBelow0, 0, restock: Restock), new StockMessage(InStock));
        yield return Case("Yes tell: on backorder", Situation(AllowQtyBelow0AndNotifyCustomer, 0), new StockMessage(Backorder));
        yield return Case("Yes tell: on backorder with range", Situation(AllowQtyBelow0AndNotifyCustomer, -1, range: true), new StockMessage(Backorder, WithRange: true));
        yield return Case("unknown policy id out of stock", Situation((BackorderMode)7, 0), new StockMessage(None));
    }

    // What the plugin adds: restock date, the split of a requested quantity, the backorder limit.
    private static IEnumerable<TestCaseData> PluginBranches()
    {
        yield return Case("tell: expected restock date", Situation(AllowQtyBelow0AndNotifyCustomer, 0, restock: Restock), new StockMessage(Backorder, ExpectedRestockDate: Restock));
        yield return Case("tell: 5 asked, 3 in stock: 2 backordered", Situation(AllowQtyBelow0AndNotifyCustomer, 3, displayQty: true, requested: 5), new StockMessage(PartlyBackordered, ShowQuantity: true, InStock: 3, Backordered: 2));
        yield return Case("tell: split keeps the restock date", Situation(AllowQtyBelow0AndNotifyCustomer, 1, displayQty: true, requested: 2, restock: Restock), new StockMessage(PartlyBackordered, ShowQuantity: true, ExpectedRestockDate: Restock, InStock: 1, Backordered: 1));
        yield return Case("tell: quantities hidden, the split shows no numbers", Situation(AllowQtyBelow0AndNotifyCustomer, 3, displayQty: false, requested: 5), new StockMessage(PartlyBackordered, ShowQuantity: false, InStock: 3, Backordered: 2));
        yield return Case("tell: quantities hidden, split with restock date", Situation(AllowQtyBelow0AndNotifyCustomer, 1, displayQty: false, requested: 2, restock: Restock), new StockMessage(PartlyBackordered, ShowQuantity: false, ExpectedRestockDate: Restock, InStock: 1, Backordered: 1));
        yield return Case("tell: all backordered when none in stock", Situation(AllowQtyBelow0AndNotifyCustomer, -2, requested: 4), new StockMessage(Backorder, Backordered: 4));
        yield return Case("tell: asking no more than stock is plain in stock", Situation(AllowQtyBelow0AndNotifyCustomer, 3, requested: 3), new StockMessage(InStock, false, 3));
        yield return Case("silent: asking more than stock is not revealed", Situation(AllowQtyBelow0, 3, requested: 5), new StockMessage(InStock, false, 3));
        yield return Case("No: asking more than stock is plain in stock (the cart refuses)", Situation(NoBackorders, 3, requested: 5), new StockMessage(InStock, false, 3));
        yield return Case("tell: limit not reached", Situation(AllowQtyBelow0AndNotifyCustomer, -4, limit: 5), new StockMessage(Backorder));
        yield return Case("tell: limit reached is out of stock", Situation(AllowQtyBelow0AndNotifyCustomer, -5, limit: 5), new StockMessage(OutOfStock));
        yield return Case("silent: limit reached is out of stock", Situation(AllowQtyBelow0, -6, limit: 5), new StockMessage(OutOfStock));
        yield return Case("silent: no limit, far below zero", Situation(AllowQtyBelow0, -500, range: true), new StockMessage(InStock));
        yield return Case("tell: limit reached with range", Situation(AllowQtyBelow0AndNotifyCustomer, -2, limit: 2, range: true), new StockMessage(AvailableInRange));
    }

    private static TestCaseData Case(string name, StockSituation s, StockMessage expected) =>
        new TestCaseData(s, expected).SetName($"{s.Policy}: {name}");

    private static readonly DateTime Today = new(2026, 11, 30);

    [TestCase("1900-01-01", null)]
    [TestCase("2026-11-29", null)]
    [TestCase("2026-11-30", "2026-11-30")]
    [TestCase("2026-12-12", "2026-12-12")]
    [TestCase(null, null)]
    public void A_restock_date_is_shown_until_its_day_has_passed(string expected, string shown)
    {
        DateTime? Date(string d) => d is null ? null : DateTime.Parse(d, System.Globalization.CultureInfo.InvariantCulture);

        RestockDate.ToShow(Date(expected), Today.AddHours(23)).Should().Be(Date(shown));
    }

    [TestCaseSource(nameof(NopBranches))]
    [TestCaseSource(nameof(PluginBranches))]
    public void Decides_the_message(StockSituation situation, StockMessage expected)
    {
        StockMessageRule.Decide(situation).Should().Be(expected);
    }
}
