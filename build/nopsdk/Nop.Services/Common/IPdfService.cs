namespace Nop.Services.Common;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface IPdfService;
