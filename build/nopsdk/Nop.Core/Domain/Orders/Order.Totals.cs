namespace Nop.Core.Domain.Orders;

// What the plugin's invoice prints after the lines (Services/Documents/InvoiceTotalLines).
public partial class Order
{
    public string PaymentMethodSystemName { get; set; }
    public decimal OrderSubTotalDiscountInclTax { get; set; }
    public decimal OrderSubTotalDiscountExclTax { get; set; }
    public decimal PaymentMethodAdditionalFeeInclTax { get; set; }
    public decimal PaymentMethodAdditionalFeeExclTax { get; set; }
    public string TaxRates { get; set; }
    public virtual int? RedeemedRewardPointsEntryId { get; set; }
}
