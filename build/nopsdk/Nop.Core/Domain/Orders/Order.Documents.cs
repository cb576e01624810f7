using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Tax;

namespace Nop.Core.Domain.Orders;

// What the plugin's invoice and packaging slip print (Services/Documents).
public partial class Order
{
    public int BillingAddressId { get; set; }
    public int? ShippingAddressId { get; set; }
    public int? PickupAddressId { get; set; }
    public bool PickupInStore { get; set; }
    public int ShippingStatusId { get; set; }
    public string CustomerCurrencyCode { get; set; }
    public decimal CurrencyRate { get; set; }
    public int CustomerTaxDisplayTypeId { get; set; }
    public string VatNumber { get; set; }
    public decimal OrderSubtotalInclTax { get; set; }
    public decimal OrderSubtotalExclTax { get; set; }
    public decimal OrderShippingInclTax { get; set; }
    public decimal OrderShippingExclTax { get; set; }
    public decimal OrderTax { get; set; }
    public decimal OrderDiscount { get; set; }
    public decimal OrderTotal { get; set; }
    public string CheckoutAttributeDescription { get; set; }
    public string ShippingMethod { get; set; }

    public ShippingStatus ShippingStatus
    {
        get => (ShippingStatus)ShippingStatusId;
        set => ShippingStatusId = (int)value;
    }

    public TaxDisplayType CustomerTaxDisplayType
    {
        get => (TaxDisplayType)CustomerTaxDisplayTypeId;
        set => CustomerTaxDisplayTypeId = (int)value;
    }
}
