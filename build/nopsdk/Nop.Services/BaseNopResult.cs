namespace Nop.Services;

// Declared as ProcessPaymentResult's base; no member is used.
public abstract partial class BaseNopResult;
