using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// The open-backorders list as one database query: ledger lines joined to their order, product, combination and
/// restock date, filtered; lists order them oldest first by the ledger's id (which the (ProductId, StatusId, Id)
/// index also carries), so paging and totals run in the database and no line is loaded that is not shown.
/// </summary>
public static class OpenBackordersQuery
{
    /// <summary>Status filter: every line.</summary>
    public const int AnyStatus = 0;

    /// <summary>Status filter: lines with something still to fill (open or partly filled); the list's default.</summary>
    public const int StillOpen = 1;

    /// <summary>The status ids a status filter stands for (empty: no filter). An unknown value matches nothing.</summary>
    public static int[] Statuses(int statusFilter) => statusFilter switch
    {
        AnyStatus => [],
        StillOpen => [(int)BackorderLineStatus.Open, (int)BackorderLineStatus.PartlyFilled],
        _ when Enum.IsDefined(typeof(BackorderLineStatus), statusFilter) => [statusFilter],
        _ => [-1]
    };

    /// <summary>A text filter as the query uses it: trimmed, null when empty.</summary>
    public static string Text(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IQueryable<OpenBackorderRow> Build(OpenBackordersFilter filter,
        IQueryable<OrderItemBackorder> ledger,
        IQueryable<Order> orders,
        IQueryable<Product> products,
        IQueryable<ProductAttributeCombination> combinations,
        IQueryable<ProductBackorderSetting> productSettings)
    {
        filter ??= new OpenBackordersFilter();

        var lines = ledger;
        var statuses = Statuses(filter.StatusId);
        if (statuses.Length == 1)
        {
            var status = statuses[0];
            lines = lines.Where(b => b.StatusId == status);
        }
        else if (statuses.Length > 1)
            lines = lines.Where(b => statuses.Contains(b.StatusId));

        if (filter.OrderId > 0)
            lines = lines.Where(b => b.OrderId == filter.OrderId);
        if (filter.WarehouseId > 0)
            lines = lines.Where(b => b.WarehouseId == filter.WarehouseId);
        if (filter.CreatedFromUtc is { } from)
            lines = lines.Where(b => b.CreatedOnUtc >= from);
        if (filter.CreatedToUtc is { } to)
            lines = lines.Where(b => b.CreatedOnUtc < to);

        var visibleProducts = products;
        if (filter.VendorId > 0)
            visibleProducts = visibleProducts.Where(p => p.VendorId == filter.VendorId);
        if (Text(filter.ProductName) is { } name)
            visibleProducts = visibleProducts.Where(p => p.Name.Contains(name));

        var visibleOrders = orders.Where(o => !o.Deleted);
        if (Text(filter.OrderNumber) is { } number)
            visibleOrders = visibleOrders.Where(o => o.CustomOrderNumber == number);

        var rows =
            from b in lines
            join o in visibleOrders on b.OrderId equals o.Id
            join p in visibleProducts on b.ProductId equals p.Id
            from c in combinations.Where(c => c.Id == b.CombinationId).DefaultIfEmpty()
            from s in productSettings.Where(s => s.ProductId == b.ProductId).DefaultIfEmpty()
            select new OpenBackorderRow
            {
                Id = b.Id,
                OrderId = b.OrderId,
                CustomOrderNumber = o.CustomOrderNumber,
                CustomerId = o.CustomerId,
                OrderItemId = b.OrderItemId,
                ProductId = b.ProductId,
                ProductName = p.Name,
                ProductSku = p.Sku,
                CombinationSku = c.Sku,
                BackorderModeId = p.BackorderModeId,
                CombinationId = b.CombinationId,
                WarehouseId = b.WarehouseId,
                QuantityOrdered = b.QuantityOrdered,
                QuantityBackordered = b.QuantityBackordered,
                QuantityFilled = b.QuantityFilled,
                QuantityCancelled = b.QuantityCancelled,
                StatusId = b.StatusId,
                CreatedOnUtc = b.CreatedOnUtc,
                ExpectedRestockDateUtc = s.ExpectedRestockDateUtc
            };

        if (Text(filter.Sku) is { } sku)
            rows = rows.Where(r => r.ProductSku == sku || r.CombinationSku == sku);

        return rows;
    }

    /// <summary>The filtered lines added up per product, by product name.</summary>
    public static IQueryable<ProductBackorderTotal> TotalsByProduct(IQueryable<OpenBackorderRow> rows) =>
        from r in rows
        group r by new { r.ProductId, r.ProductName } into g
        orderby g.Key.ProductName, g.Key.ProductId
        select new ProductBackorderTotal
        {
            ProductId = g.Key.ProductId,
            ProductName = g.Key.ProductName,
            Lines = g.Count(),
            QuantityOrdered = g.Sum(r => r.QuantityOrdered),
            QuantityBackordered = g.Sum(r => r.QuantityBackordered),
            QuantityFilled = g.Sum(r => r.QuantityFilled),
            QuantityCancelled = g.Sum(r => r.QuantityCancelled)
        };
}
