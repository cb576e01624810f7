namespace Nop.Services.Payments;

// Returned through by the plugin's OrderProcessingService override; no member is used.
public partial class ProcessPaymentResult : BaseNopResult;
