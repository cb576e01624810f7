namespace Nop.Services.Payments;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface IPaymentService;
