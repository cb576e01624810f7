namespace Nop.Services.Affiliates;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface IAffiliateService;
