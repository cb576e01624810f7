using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

public class OpenBackordersService : IOpenBackordersService
{
    private readonly IRepository<OrderItemBackorder> _ledger;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<Product> _products;
    private readonly IRepository<ProductAttributeCombination> _combinations;
    private readonly IRepository<ProductBackorderSetting> _productSettings;

    public OpenBackordersService(IRepository<OrderItemBackorder> ledger,
        IRepository<Order> orders,
        IRepository<Product> products,
        IRepository<ProductAttributeCombination> combinations,
        IRepository<ProductBackorderSetting> productSettings)
    {
        _ledger = ledger;
        _orders = orders;
        _products = products;
        _combinations = combinations;
        _productSettings = productSettings;
    }

    private IQueryable<OpenBackorderRow> Rows(OpenBackordersFilter filter) =>
        OpenBackordersQuery.Build(filter, _ledger.Table, _orders.Table, _products.Table, _combinations.Table, _productSettings.Table);

    public Task<IPagedList<OpenBackorderRow>> SearchAsync(OpenBackordersFilter filter, int pageIndex, int pageSize) =>
        Rows(filter).OrderBy(r => r.Id).ToPagedListAsync(Math.Max(0, pageIndex), pageSize);

    public Task<IPagedList<ProductBackorderTotal>> TotalsByProductAsync(OpenBackordersFilter filter, int pageIndex, int pageSize) =>
        OpenBackordersQuery.TotalsByProduct(Rows(filter)).ToPagedListAsync(Math.Max(0, pageIndex), pageSize);

    public async IAsyncEnumerable<OpenBackorderRow> ReadAllAsync(OpenBackordersFilter filter, int batchSize = 1000)
    {
        batchSize = Math.Max(1, batchSize);
        var afterId = 0;
        while (true)
        {
            // Keyset batches on the ledger's id: each one a bounded query, however long the list.
            var last = afterId;
            var batch = await Rows(filter).Where(r => r.Id > last).OrderBy(r => r.Id).Take(batchSize).ToListAsync();
            foreach (var row in batch)
                yield return row;
            if (batch.Count < batchSize)
                yield break;
            afterId = batch[^1].Id;
        }
    }

    public async Task<IList<OpenBackorderRow>> GetOrderLinesAsync(int orderId, int vendorId = 0)
    {
        if (orderId <= 0)
            return new List<OpenBackorderRow>();

        var filter = new OpenBackordersFilter { OrderId = orderId, VendorId = vendorId, StatusId = OpenBackordersQuery.AnyStatus };
        return await Rows(filter).OrderBy(r => r.OrderItemId).ToListAsync();
    }

    public async Task<OpenBackorderRow> GetOrderItemLineAsync(int orderItemId)
    {
        if (orderItemId <= 0)
            return null;

        var filter = new OpenBackordersFilter { StatusId = OpenBackordersQuery.AnyStatus };
        return await Rows(filter).Where(r => r.OrderItemId == orderItemId).FirstOrDefaultAsync();
    }
}
