using Nop.Core.Domain.Customers;

namespace Nop.Services.Plugins;

// Subset the plugin calls.
public partial interface IPluginManager<TPlugin> where TPlugin : class, IPlugin
{
    Task<TPlugin> LoadPluginBySystemNameAsync(string systemName, Customer customer = null, int storeId = 0);
}
