using Nop.Core.Domain.Stores;

namespace Nop.Services.Stores;

// Subset the plugin calls.
public partial interface IStoreService
{
    Task<Store> GetStoreByIdAsync(int storeId);
}
