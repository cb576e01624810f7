namespace Nop.Services.Discounts;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface IDiscountService;
