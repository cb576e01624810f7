using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

public class AtomicStockService : IAtomicStockService
{
    private readonly INopDataProvider _dataProvider;
    private readonly BackorderSqlDialect _dialect;

    public AtomicStockService(INopDataProvider dataProvider, BackorderSqlDialect dialect)
    {
        _dataProvider = dataProvider;
        _dialect = dialect;
    }

    public Task<int> AddToProductStockAsync(int productId, int delta) =>
        AddAsync(nameof(Product), productId, delta);

    public Task<int> AddToCombinationStockAsync(int combinationId, int delta) =>
        AddAsync(nameof(ProductAttributeCombination), combinationId, delta);

    private async Task<int> AddAsync(string table, int id, int delta)
    {
        var rows = await _dataProvider.QueryAsync<int>(_dialect.AddAndReturn(table, "StockQuantity", id, delta));
        if (rows.Count != 1)
            throw new InvalidOperationException($"{table} #{id} was not found, so its stock could not be changed by {delta}.");

        return rows[0];
    }
}
