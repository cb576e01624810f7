using Nop.Core.Domain.Catalog;
using static Nop.Core.Domain.Catalog.BackorderMode;
using static Nop.Core.Domain.Catalog.ManageInventoryMethod;
using static Nop.Plugin.Inventory.Backorders.Services.Storefront.StockMessageKind;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

/// <summary>
/// Availability for the three inventory methods and the three policies: what the message is based on
/// (<see cref="StockSource"/>), then which message (<see cref="StockMessageRule"/>).
/// </summary>
public class StockSourceTests
{
    // Multiple warehouses: nopCommerce's total is stock minus reserved over the warehouses, e.g. 8 - 10 = -2.
    private const int MultipleWarehousesTotal = 8 - 10;

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var policy in new[] { AllowQtyBelow0AndNotifyCustomer, AllowQtyBelow0, NoBackorders })
        {
            var outOfStock = policy switch
            {
                AllowQtyBelow0AndNotifyCustomer => Backorder,
                AllowQtyBelow0 => InStock,
                _ => OutOfStock
            };

            // One warehouse.
            yield return Case(ManageStock, policy, total: 5, combination: null, expected: InStock);
            yield return Case(ManageStock, policy, total: -1, combination: null, expected: outOfStock);
            // Multiple warehouses (the total nopCommerce computes).
            yield return Case(ManageStock, policy, total: MultipleWarehousesTotal, combination: null, expected: outOfStock);
            yield return Case(ManageStock, policy, total: 8 - 3, combination: null, expected: InStock);
            // Attribute combinations: their own stock; a combination that allows out-of-stock orders tells customers when its product does.
            var combinationOut = policy == AllowQtyBelow0AndNotifyCustomer ? Backorder : InStock;
            yield return Case(ManageStockByAttributes, policy, total: 0, combination: (4, true), expected: InStock);
            yield return Case(ManageStockByAttributes, policy, total: 0, combination: (0, true), expected: combinationOut);
            yield return Case(ManageStockByAttributes, policy, total: 0, combination: (-2, false), expected: OutOfStock);
            // No combination chosen, or stock not managed: nopCommerce's own message.
            yield return Case(ManageStockByAttributes, policy, total: 0, combination: null, expected: null);
            yield return Case(DontManageStock, policy, total: -5, combination: null, expected: null);
        }
    }

    private static TestCaseData Case(ManageInventoryMethod method, BackorderMode policy, int total, (int Stock, bool Allow)? combination,
        StockMessageKind? expected) =>
        new TestCaseData(method, policy, total, combination?.Stock, combination?.Allow, expected)
            .SetName($"{method}, {policy}, total {total}, combination {(combination is { } c ? $"{c.Stock}/{(c.Allow ? "allows" : "no")}" : "none")}: {expected?.ToString() ?? "nopCommerce's"}");

    [TestCaseSource(nameof(Cases))]
    public void Message_per_inventory_method(ManageInventoryMethod method, BackorderMode policy, int total, int? combinationStock,
        bool? combinationAllows, StockMessageKind? expected)
    {
        var product = new Product { ManageInventoryMethod = method, BackorderMode = policy };
        var combination = combinationStock is { } stock
            ? new ProductAttributeCombination { StockQuantity = stock, AllowOutOfStockOrders = combinationAllows!.Value }
            : null;

        var basis = StockSource.For(product, total, combination);

        if (expected is null)
        {
            basis.Should().BeNull();
            return;
        }

        var situation = new StockSituation(basis!.Value.Policy, basis.Value.Available, DisplayStockAvailability: true, DisplayStockQuantity: false,
            MinStockQuantity: 0, LowStockActivity.Nothing, HasAvailabilityRange: false);
        StockMessageRule.Decide(situation).Kind.Should().Be(expected.Value);
    }
}
