using Nop.Plugin.Inventory.Backorders.Services.Documents;
using static Nop.Plugin.Inventory.Backorders.Services.Documents.InvoiceTotalLine;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

/// <summary><see cref="InvoiceTotalLines"/>: nopCommerce's invoice summary, which lines and in which order.</summary>
public class InvoiceTotalLinesTests
{
    private static readonly InvoiceTotalsFacts Plain = new() { ShippingRequired = true, OrderTax = 3m, TaxRateCount = 2 };

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(Plain, new[] { SubTotal, Shipping, Tax, OrderTotal }).SetName("Plain order: sub-total, shipping, one tax line, total");
        yield return new TestCaseData(Plain with { ShippingRequired = false }, new[] { SubTotal, Tax, OrderTotal }).SetName("No shipping line when none is required");
        yield return new TestCaseData(Plain with
            {
                OrderDiscount = 1m, PaymentMethodAdditionalFeeExclTax = 2m, DisplayTaxRates = true, GiftCardCount = 1, RewardPointsRedeemed = true
            },
            new[] { SubTotal, Discount, Shipping, PaymentMethodAdditionalFee, TaxRates, GiftCards, RewardPoints, OrderTotal })
            .SetName("Everything, in nopCommerce's order: discount after the sub-total, rates instead of the tax line");
        yield return new TestCaseData(Plain with { SubTotalDiscountExclTax = 1m }, new[] { SubTotal, Discount, Shipping, Tax, OrderTotal })
            .SetName("A sub-total discount alone prints the discount line");
        yield return new TestCaseData(Plain with { OrderDiscount = 1m, SubTotalDiscountExclTax = 1m }, new[] { SubTotal, Discount, Shipping, Tax, OrderTotal })
            .SetName("Both discounts print one discount line");
        yield return new TestCaseData(Plain with { PaymentMethodAdditionalFeeExclTax = -1m }, new[] { SubTotal, Shipping, Tax, OrderTotal })
            .SetName("A negative payment fee (a reduction) is not printed, as in nopCommerce");
        yield return new TestCaseData(Plain with { DisplayTaxRates = true, TaxRateCount = 0 }, new[] { SubTotal, Shipping, Tax, OrderTotal })
            .SetName("Tax rates displayed but the order has none: the single tax line");
        yield return new TestCaseData(Plain with { OrderTax = 0m }, new[] { SubTotal, Shipping, Tax, OrderTotal })
            .SetName("A zero tax prints unless hidden");
        yield return new TestCaseData(Plain with { OrderTax = 0m, HideZeroTax = true, DisplayTaxRates = true }, new[] { SubTotal, Shipping, OrderTotal })
            .SetName("A zero tax hidden hides the rates too");
        yield return new TestCaseData(Plain with { HideTaxInOrderSummary = true, IncludingTax = true, DisplayTaxRates = true }, new[] { SubTotal, Shipping, OrderTotal })
            .SetName("Tax hidden in the summary when prices include tax");
        yield return new TestCaseData(Plain with { HideTaxInOrderSummary = true }, new[] { SubTotal, Shipping, Tax, OrderTotal })
            .SetName("Tax hidden in the summary applies only to prices shown with tax");
    }

    [TestCaseSource(nameof(Cases))]
    public void Lines_follow_nopCommerces_conditions_and_order(InvoiceTotalsFacts facts, InvoiceTotalLine[] expected) =>
        InvoiceTotalLines.Of(facts).Should().Equal(expected);

    [TestCase(true, false, true)]
    [TestCase(true, true, false)]
    [TestCase(false, false, false)]
    [TestCase(false, true, false)]
    public void Sub_total_includes_tax_unless_forced_out(bool includingTax, bool forceExclusion, bool expected) =>
        InvoiceTotalLines.SubTotalIncludesTax(includingTax, forceExclusion).Should().Be(expected);
}
