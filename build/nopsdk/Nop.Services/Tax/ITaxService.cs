namespace Nop.Services.Tax;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface ITaxService;
