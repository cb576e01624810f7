using Nop.Services.Plugins;

namespace Nop.Services.Payments;

// Declared as IPaymentPluginManager's plugin type; no member is used.
public partial interface IPaymentMethod : IPlugin;
