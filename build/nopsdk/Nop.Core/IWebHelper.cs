namespace Nop.Core;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface IWebHelper;
