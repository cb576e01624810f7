namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>A line of the invoice's summary after the order lines.</summary>
public enum InvoiceTotalLine
{
    SubTotal,
    Discount,
    Shipping,
    PaymentMethodAdditionalFee,
    Tax,
    TaxRates,
    GiftCards,
    RewardPoints,
    OrderTotal
}

/// <summary>What decides the invoice's summary: the order's amounts and nopCommerce's tax display settings.</summary>
public sealed record InvoiceTotalsFacts
{
    public bool IncludingTax { get; init; }
    public bool ShippingRequired { get; init; }
    public decimal SubTotalDiscountExclTax { get; init; }
    public decimal OrderDiscount { get; init; }
    public decimal PaymentMethodAdditionalFeeExclTax { get; init; }
    public decimal OrderTax { get; init; }
    public int TaxRateCount { get; init; }
    public int GiftCardCount { get; init; }
    public bool RewardPointsRedeemed { get; init; }
    public bool DisplayTaxRates { get; init; }
    public bool HideZeroTax { get; init; }
    public bool HideTaxInOrderSummary { get; init; }
}

/// <summary>
/// Which summary lines the invoice prints and in which order, with nopCommerce's conditions (its PdfService totals and
/// invoice document): one discount line (the order-total discount, else the sub-total discount), the tax either as one
/// line or per rate, never both.
/// </summary>
public static class InvoiceTotalLines
{
    public static IReadOnlyList<InvoiceTotalLine> Of(InvoiceTotalsFacts facts)
    {
        var lines = new List<InvoiceTotalLine> { InvoiceTotalLine.SubTotal };
        if (facts.OrderDiscount > 0 || facts.SubTotalDiscountExclTax > 0)
            lines.Add(InvoiceTotalLine.Discount);
        if (facts.ShippingRequired)
            lines.Add(InvoiceTotalLine.Shipping);
        if (facts.PaymentMethodAdditionalFeeExclTax > 0)
            lines.Add(InvoiceTotalLine.PaymentMethodAdditionalFee);

        // Prices shown with tax may hide the tax entirely; a zero tax may be hidden; rates replace the single line.
        var taxShown = !(facts.HideTaxInOrderSummary && facts.IncludingTax) && !(facts.OrderTax == 0 && facts.HideZeroTax);
        if (taxShown)
            lines.Add(facts.DisplayTaxRates && facts.TaxRateCount > 0 ? InvoiceTotalLine.TaxRates : InvoiceTotalLine.Tax);

        if (facts.GiftCardCount > 0)
            lines.Add(InvoiceTotalLine.GiftCards);
        if (facts.RewardPointsRedeemed)
            lines.Add(InvoiceTotalLine.RewardPoints);
        lines.Add(InvoiceTotalLine.OrderTotal);
        return lines;
    }

    /// <summary>The sub-total and its discount include tax only when prices are shown with tax and the store does not force them without.</summary>
    public static bool SubTotalIncludesTax(bool includingTax, bool forceTaxExclusionFromOrderSubtotal) =>
        includingTax && !forceTaxExclusionFromOrderSubtotal;
}
