namespace Nop.Services.Security;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface IEncryptionService;
