namespace Nop.Services.Payments;

// Passed through by the plugin's OrderProcessingService override; no member is used.
public partial class ProcessPaymentRequest;
