using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;

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

    public async Task<int> AddToProductStockAsync(int productId, int delta) =>
        await AddAsync(nameof(Product), productId, delta, null) ?? throw NotFound(nameof(Product), productId, delta);

    public async Task<int> AddToCombinationStockAsync(int combinationId, int delta) =>
        await AddAsync(nameof(ProductAttributeCombination), combinationId, delta, null)
        ?? throw NotFound(nameof(ProductAttributeCombination), combinationId, delta);

    public Task<int?> AddToProductStockAsync(int productId, int delta, int lowest) =>
        AddAsync(nameof(Product), productId, delta, lowest);

    public Task<int?> AddToCombinationStockAsync(int combinationId, int delta, int lowest) =>
        AddAsync(nameof(ProductAttributeCombination), combinationId, delta, lowest);

    public async Task<WarehouseReservation> ReserveInWarehousesAsync(int productId, int quantity, int? lowest = null)
    {
        var rows = await _dataProvider.QueryAsync<WarehouseReservationRow>(_dialect.ReserveInWarehouses(productId, quantity, lowest));
        if (rows.Count > 0 || lowest is null)
            return new WarehouseReservation(false, rows.ToList());

        // Nothing changed: refused, unless the product has no warehouse rows at all (the rare case pays for this read).
        var count = await _dataProvider.QueryAsync<int>(
            $"SELECT COUNT(*) FROM {_dialect.Q(nameof(ProductWarehouseInventory))} WHERE {_dialect.Q("ProductId")} = {productId}");
        return new WarehouseReservation(count[0] > 0, []);
    }

    public Task<IList<WarehouseReservationRow>> ReleaseInWarehousesAsync(int productId, int quantity) =>
        _dataProvider.QueryAsync<WarehouseReservationRow>(_dialect.ReleaseInWarehouses(productId, quantity));

    private async Task<int?> AddAsync(string table, int id, int delta, int? lowest)
    {
        var rows = await _dataProvider.QueryAsync<int>(_dialect.AddAndReturn(table, "StockQuantity", id, delta, lowest));
        if (rows.Count == 1)
            return rows[0];
        if (rows.Count == 0 && lowest is not null)
        {
            var exists = await _dataProvider.QueryAsync<int>($"SELECT COUNT(*) FROM {_dialect.Q(table)} WHERE {_dialect.Q("Id")} = {id}");
            if (exists[0] > 0)
                return null;
        }

        throw NotFound(table, id, delta);
    }

    private static InvalidOperationException NotFound(string table, int id, int delta) =>
        new($"{table} #{id} was not found, so its stock could not be changed by {delta}.");
}
