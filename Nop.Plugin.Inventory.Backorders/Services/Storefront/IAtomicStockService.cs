using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// Stock changes made in one database statement, so concurrent orders (also from several application instances
/// sharing one database) never lose an update. Each returns the stock the change produced.
/// </summary>
public interface IAtomicStockService
{
    Task<int> AddToProductStockAsync(int productId, int delta);

    Task<int> AddToCombinationStockAsync(int combinationId, int delta);
}
