using Nop.Core.Domain.Stores;

namespace Nop.Core;

// Subset the plugin calls.
public partial interface IStoreContext
{
    Task<Store> GetCurrentStoreAsync();
}
