using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// The open-backorders list in the database: <see cref="Filter"/> picks ledger lines (the ledger alone, with
/// semi-joins for order and product conditions), lists order them oldest first by the ledger's id (which the
/// (ProductId, StatusId, Id) index also carries) and take one page, and only that page is joined to its order,
/// product, combination and restock date (<see cref="Rows"/>). No line is loaded that is not shown.
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

    /// <summary>
    /// The ledger lines that pass the filter, as a query on the ledger alone: the order and product conditions are
    /// semi-joins (EXISTS on their primary keys), so counting and paging never read the wide Product and Order rows.
    /// Lines of deleted orders are left out by the ledger's own <see cref="OrderItemBackorder.OrderDeleted"/> mark, so the
    /// unfiltered list counts and pages on the (StatusId, OrderDeleted, Id) index alone.
    /// </summary>
    public static IQueryable<OrderItemBackorder> Filter(OpenBackordersFilter filter,
        IQueryable<OrderItemBackorder> ledger,
        IQueryable<Order> orders,
        IQueryable<Product> products,
        IQueryable<ProductAttributeCombination> combinations)
    {
        filter ??= new OpenBackordersFilter();

        // Lines of deleted orders are left out by their own mark (kept by the ledger when nopCommerce deletes the order).
        var lines = ledger.Where(b => !b.OrderDeleted);
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

        if (Text(filter.OrderNumber) is { } number)
            lines = lines.Where(b => orders.Any(o => o.Id == b.OrderId && o.CustomOrderNumber == number));

        if (filter.VendorId > 0)
        {
            var vendorId = filter.VendorId;
            lines = lines.Where(b => products.Any(p => p.Id == b.ProductId && p.VendorId == vendorId));
        }

        if (Text(filter.ProductName) is { } name)
            lines = lines.Where(b => products.Any(p => p.Id == b.ProductId && p.Name.Contains(name)));

        if (Text(filter.Sku) is { } sku)
            lines = lines.Where(b => products.Any(p => p.Id == b.ProductId && p.Sku == sku)
                || combinations.Any(c => c.Id == b.CombinationId && c.Sku == sku));

        return lines;
    }

    /// <summary>Lines (already filtered, typically one page) with their order number, product, SKU and restock date.</summary>
    public static IQueryable<OpenBackorderRow> Rows(IQueryable<OrderItemBackorder> lines,
        IQueryable<Order> orders,
        IQueryable<Product> products,
        IQueryable<ProductAttributeCombination> combinations,
        IQueryable<ProductBackorderSetting> productSettings) =>
        from b in lines
        join o in orders on b.OrderId equals o.Id
        join p in products on b.ProductId equals p.Id
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

    /// <summary>The filtered lines added up per product (grouped on the ledger alone), by product name.</summary>
    public static IQueryable<ProductBackorderTotal> TotalsByProduct(IQueryable<OrderItemBackorder> lines, IQueryable<Product> products) =>
        from t in
            from b in lines
            group b by b.ProductId into g
            select new
            {
                ProductId = g.Key,
                Lines = g.Count(),
                QuantityOrdered = g.Sum(b => b.QuantityOrdered),
                QuantityBackordered = g.Sum(b => b.QuantityBackordered),
                QuantityFilled = g.Sum(b => b.QuantityFilled),
                QuantityCancelled = g.Sum(b => b.QuantityCancelled)
            }
        join p in products on t.ProductId equals p.Id
        orderby p.Name, p.Id
        select new ProductBackorderTotal
        {
            ProductId = t.ProductId,
            ProductName = p.Name,
            Lines = t.Lines,
            QuantityOrdered = t.QuantityOrdered,
            QuantityBackordered = t.QuantityBackordered,
            QuantityFilled = t.QuantityFilled,
            QuantityCancelled = t.QuantityCancelled
        };
}
