namespace Nop.Core.Domain.Discounts;

public partial class DiscountProductMapping : DiscountMapping;
