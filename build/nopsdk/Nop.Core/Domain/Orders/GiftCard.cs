namespace Nop.Core.Domain.Orders;

// Subset of the nopCommerce entity the plugin reads.
public partial class GiftCard : BaseEntity
{
    public string GiftCardCouponCode { get; set; }
}
