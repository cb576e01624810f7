using Nop.Core;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>Reads the backorder ledger for the admin list, its CSV export and the order pages.</summary>
public interface IOpenBackordersService
{
    /// <summary>One page of the filtered lines, oldest first (count and page in the database).</summary>
    Task<IPagedList<OpenBackorderRow>> SearchAsync(OpenBackordersFilter filter, int pageIndex, int pageSize);

    /// <summary>One page of the filtered lines added up per product, by product name.</summary>
    Task<IPagedList<ProductBackorderTotal>> TotalsByProductAsync(OpenBackordersFilter filter, int pageIndex, int pageSize);

    /// <summary>Every filtered line, oldest first, read from the database in batches of <paramref name="batchSize"/>.</summary>
    IAsyncEnumerable<OpenBackorderRow> ReadAllAsync(OpenBackordersFilter filter, int batchSize = 1000);

    /// <summary>Every ledger line of an order (any status), in line order; only the vendor's products when <paramref name="vendorId"/> is set.</summary>
    Task<IList<OpenBackorderRow>> GetOrderLinesAsync(int orderId, int vendorId = 0);

    /// <summary>The ledger line of one order item's own product (any status), or null when it had no backordered part.</summary>
    Task<OpenBackorderRow> GetOrderItemLineAsync(int orderItemId);
}
