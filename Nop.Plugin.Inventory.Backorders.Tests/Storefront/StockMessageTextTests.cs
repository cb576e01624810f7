using System.Globalization;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using static Nop.Plugin.Inventory.Backorders.Services.Storefront.StockMessageKind;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class StockMessageTextTests
{
    // nopCommerce 4.90's English texts for the keys it owns; the plugin's own come from its resource list.
    private static readonly Dictionary<string, string> Resources = new(BackordersLocaleResources.English)
    {
        ["Products.Availability.InStock"] = "In stock",
        ["Products.Availability.InStockWithQuantity"] = "{0} in stock",
        ["Products.Availability.LowStock"] = "Low stock",
        ["Products.Availability.LowStockWithQuantity"] = "{0} low stock",
        ["Products.Availability.OutOfStock"] = "Out of stock",
        ["Products.Availability.AvailabilityRange"] = "Available in {0}",
        ["Products.Availability.Backordering"] = "Out of Stock - on backorder and will be dispatched once in stock.",
        ["Products.Availability.BackorderingWithDate"] = "Out of stock - on backorder and will be dispatched once in stock ({0}).",
    };

    private static readonly DateTime Restock = new(2026, 12, 12);

    private static Task<string> Text(StockMessage message, string range = null) =>
        StockMessageText.FormatAsync(message, key => Task.FromResult(Resources[key]), range, CultureInfo.GetCultureInfo("en-GB"));

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new StockMessage(None), null, "");
        yield return new TestCaseData(new StockMessage(InStock), null, "In stock");
        yield return new TestCaseData(new StockMessage(InStock, true, 7), null, "7 in stock");
        yield return new TestCaseData(new StockMessage(LowStock), null, "Low stock");
        yield return new TestCaseData(new StockMessage(LowStock, true, 2), null, "2 low stock");
        yield return new TestCaseData(new StockMessage(OutOfStock), "2-3 days", "Out of stock");
        yield return new TestCaseData(new StockMessage(AvailableInRange), "2-3 days", "Available in 2-3 days");
        yield return new TestCaseData(new StockMessage(Backorder), null, "Out of Stock - on backorder and will be dispatched once in stock.");
        yield return new TestCaseData(new StockMessage(Backorder, WithRange: true), "2-3 days", "Out of stock - on backorder and will be dispatched once in stock (2-3 days).");
        yield return new TestCaseData(new StockMessage(Backorder, WithRange: true, ExpectedRestockDate: Restock), "2-3 days", "Out of stock - on backorder, expected 12 December.");
        yield return new TestCaseData(new StockMessage(PartlyBackordered, ShowQuantity: true, InStock: 3, Backordered: 2), null, "3 in stock, 2 will be backordered.");
        yield return new TestCaseData(new StockMessage(PartlyBackordered, ShowQuantity: true, ExpectedRestockDate: Restock, InStock: 3, Backordered: 2), null, "3 in stock, 2 will be backordered (12 December).");
        yield return new TestCaseData(new StockMessage(PartlyBackordered, ShowQuantity: true, WithRange: true, InStock: 1, Backordered: 4), "a week", "1 in stock, 4 will be backordered (a week).");
        // Quantities hidden by the merchant: no numbers.
        yield return new TestCaseData(new StockMessage(PartlyBackordered, InStock: 3, Backordered: 2), null, "Part of this quantity will be backordered.");
        yield return new TestCaseData(new StockMessage(PartlyBackordered, ExpectedRestockDate: Restock, InStock: 3, Backordered: 2), null, "Part of this quantity will be backordered (12 December).");
        yield return new TestCaseData(new StockMessage(PartlyBackordered, WithRange: true, InStock: 1, Backordered: 4), "a week", "Part of this quantity will be backordered (a week).");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Words_the_message(StockMessage message, string range, string expected)
    {
        (await Text(message, range)).Should().Be(expected);
    }
}
