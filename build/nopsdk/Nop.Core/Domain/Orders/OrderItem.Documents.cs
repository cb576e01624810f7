namespace Nop.Core.Domain.Orders;

// What the plugin's invoice prints per line (Services/Documents).
public partial class OrderItem
{
    public decimal UnitPriceInclTax { get; set; }
    public decimal UnitPriceExclTax { get; set; }
    public decimal PriceInclTax { get; set; }
    public decimal PriceExclTax { get; set; }
}
