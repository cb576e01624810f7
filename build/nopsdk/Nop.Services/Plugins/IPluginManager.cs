namespace Nop.Services.Plugins;

// Declared as the base of IPaymentPluginManager; no member is used.
public partial interface IPluginManager<TPlugin> where TPlugin : class, IPlugin;
