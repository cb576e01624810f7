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
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Product> _products;
    private readonly IRepository<ProductAttributeCombination> _combinations;
    private readonly IRepository<ProductBackorderSetting> _productSettings;

    public OpenBackordersService(IRepository<OrderItemBackorder> ledger,
        IRepository<Order> orders,
        IRepository<OrderItem> orderItems,
        IRepository<Product> products,
        IRepository<ProductAttributeCombination> combinations,
        IRepository<ProductBackorderSetting> productSettings)
    {
        _ledger = ledger;
        _orders = orders;
        _orderItems = orderItems;
        _products = products;
        _combinations = combinations;
        _productSettings = productSettings;
    }

    private IQueryable<OrderItemBackorder> Lines(OpenBackordersFilter filter) =>
        OpenBackordersQuery.Filter(filter, _ledger.Table, _orders.Table, _products.Table, _combinations.Table);

    private IQueryable<OpenBackorderRow> Rows(IQueryable<OrderItemBackorder> lines) =>
        OpenBackordersQuery.Rows(lines, _orders.Table, _products.Table, _combinations.Table, _productSettings.Table);

    public async Task<IPagedList<OpenBackorderRow>> SearchAsync(OpenBackordersFilter filter, int pageIndex, int pageSize)
    {
        pageIndex = Math.Max(0, pageIndex);
        pageSize = Math.Max(1, pageSize);
        var lines = Lines(filter);

        var count = await lines.CountAsync();
        var page = count == 0
            ? new List<OpenBackorderRow>()
            : await Rows(lines.OrderBy(b => b.Id).Skip(pageIndex * pageSize).Take(pageSize)).OrderBy(r => r.Id).ToListAsync();

        return new PagedList<OpenBackorderRow>(page, pageIndex, pageSize, count);
    }

    public async Task<IPagedList<ProductBackorderTotal>> TotalsByProductAsync(OpenBackordersFilter filter, int pageIndex, int pageSize)
    {
        pageIndex = Math.Max(0, pageIndex);
        pageSize = Math.Max(1, pageSize);
        var lines = Lines(filter);

        var count = await lines.Select(b => b.ProductId).Distinct().CountAsync();
        var page = count == 0
            ? new List<ProductBackorderTotal>()
            : await OpenBackordersQuery.TotalsByProduct(lines, _products.Table).Skip(pageIndex * pageSize).Take(pageSize).ToListAsync();

        return new PagedList<ProductBackorderTotal>(page, pageIndex, pageSize, count);
    }

    public async IAsyncEnumerable<OpenBackorderRow> ReadAllAsync(OpenBackordersFilter filter, int batchSize = 1000)
    {
        batchSize = Math.Max(1, batchSize);
        var afterId = 0;
        while (true)
        {
            // Keyset batches on the ledger's id: each one a bounded query, however long the list.
            var last = afterId;
            var batch = await Rows(Lines(filter).Where(b => b.Id > last).OrderBy(b => b.Id).Take(batchSize)).OrderBy(r => r.Id).ToListAsync();
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
        return await Rows(Lines(filter)).OrderBy(r => r.OrderItemId).ToListAsync();
    }

    public async Task<OpenBackorderRow> GetOrderItemLineAsync(int orderItemId)
    {
        if (orderItemId <= 0)
            return null;

        // The line of the item's own product (products attached through attribute values have lines of their own).
        var filter = new OpenBackordersFilter { StatusId = OpenBackordersQuery.AnyStatus };
        return await Rows(Lines(filter).Where(b => b.OrderItemId == orderItemId
            && _orderItems.Table.Any(i => i.Id == b.OrderItemId && i.ProductId == b.ProductId))).FirstOrDefaultAsync();
    }
}
