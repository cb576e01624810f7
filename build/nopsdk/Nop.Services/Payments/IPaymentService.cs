namespace Nop.Services.Payments;

// Declared for constructor signatures; no members used.
public partial interface IPaymentService;
