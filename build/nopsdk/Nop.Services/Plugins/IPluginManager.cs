namespace Nop.Services.Plugins;

// Declared for constructor signatures; no members used.
public partial interface IPluginManager<TPlugin> where TPlugin : class, IPlugin;
