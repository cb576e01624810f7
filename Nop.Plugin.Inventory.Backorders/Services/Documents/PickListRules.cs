using System.Net;
using System.Text.RegularExpressions;
using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>The pick list's decisions, apart from the reads: plain text, available stock, grouping and order, which message.</summary>
public static partial class PickListRules
{
    /// <summary>
    /// nopCommerce's attribute description (HTML: values encoded, attributes separated by &lt;br /&gt;) as plain text:
    /// line breaks become "; ", other tags go, entities are decoded (so an encoded "&lt;b&gt;" value reads "&lt;b&gt;").
    /// </summary>
    public static string PlainText(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return string.Empty;

        // Source line breaks are plain whitespace in HTML; only <br> separates attributes.
        var text = LineBreak().Replace(Spaces().Replace(html, " "), "\n");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        var parts = text.Split('\n').Select(p => Spaces().Replace(p, " ").Trim()).Where(p => p.Length > 0);
        return string.Join("; ", parts);
    }

    /// <summary>
    /// Units available now for a line: the combination's stock (products tracked by attributes); the product's stock (one
    /// warehouse); with multiple warehouses the line's warehouse's stock − reserved, or Σ (stock − reserved) over all of them
    /// when the line has none (as nopCommerce's total stock counts it). Never below 0; 0 when stock is not tracked.
    /// </summary>
    public static int Available(Product product, ProductAttributeCombination combination,
        IEnumerable<(int WarehouseId, int Stock, int Reserved)> inventories, int? warehouseId)
    {
        var available = product.ManageInventoryMethod switch
        {
            ManageInventoryMethod.ManageStockByAttributes => combination?.StockQuantity ?? 0,
            ManageInventoryMethod.ManageStock when !product.UseMultipleWarehouses => product.StockQuantity,
            ManageInventoryMethod.ManageStock => (inventories ?? [])
                .Where(i => warehouseId is null || i.WarehouseId == warehouseId)
                .Sum(i => i.Stock - i.Reserved),
            _ => 0
        };
        return Math.Max(0, available);
    }

    /// <summary>
    /// The warehouse a line is picked from: the one the ledger recorded for its backordered part, else the product's own
    /// warehouse (products with one warehouse); null with multiple warehouses and none recorded.
    /// </summary>
    public static int? WarehouseOf(Product product, int? ledgerWarehouseId) =>
        ledgerWarehouseId is > 0 ? ledgerWarehouseId
        : !product.UseMultipleWarehouses && product.WarehouseId > 0 ? product.WarehouseId
        : null;

    /// <summary>
    /// Groups and sorts order lines. By order: orders in id order, within each by warehouse name (lines without a warehouse
    /// last), SKU, product name. By product: lines of the same product, combination and warehouse summed across orders
    /// (and, for lines without a combination, the same attributes: a red and a blue shirt are picked apart), sorted by
    /// warehouse, SKU, name, attributes; order number and id are empty then.
    /// </summary>
    public static IReadOnlyList<PickListLine> Arrange(IEnumerable<PickListLine> orderLines, PickListGrouping grouping)
    {
        var lines = orderLines.ToList();
        if (grouping == PickListGrouping.ByProduct)
        {
            lines = lines
                .GroupBy(l => (l.ProductId, l.CombinationId, l.WarehouseId, Attributes: l.CombinationId is null ? l.Attributes ?? "" : ""))
                .Select(g =>
                {
                    var first = g.First();
                    return first with
                    {
                        OrderId = null, OrderNumber = null,
                        QuantityOrdered = g.Sum(l => l.QuantityOrdered),
                        QuantityBackordered = g.Sum(l => l.QuantityBackordered),
                        QuantityFilled = g.Sum(l => l.QuantityFilled),
                        QuantityOpen = g.Sum(l => l.QuantityOpen),
                        Message = string.Empty
                    };
                })
                .ToList();
        }

        IOrderedEnumerable<PickListLine> sorted = grouping == PickListGrouping.ByOrder
            ? lines.OrderBy(l => l.OrderId ?? 0).ThenBy(l => l.WarehouseName is null ? 1 : 0)
            : lines.OrderBy(l => l.WarehouseName is null ? 1 : 0);
        return sorted
            .ThenBy(l => l.WarehouseName ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(l => l.WarehouseId ?? 0)
            .ThenBy(l => l.Sku ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(l => l.ProductName ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(l => l.Attributes ?? string.Empty, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The template for a line's message: the backorder message while units of the line are still waiting for stock;
    /// otherwise the in-stock message, unless messages are printed only for backordered lines. Null: no message.
    /// </summary>
    public static string TemplateFor(PickListLine line, BackorderSettings settings)
    {
        if (line.QuantityOpen > 0)
            return NullIfEmpty(settings.PickListBackorderMessage);
        return settings.PickListMessageOnlyForBackorderedLines ? null : NullIfEmpty(settings.PickListInStockMessage);
    }

    private static string NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"<\s*br\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
