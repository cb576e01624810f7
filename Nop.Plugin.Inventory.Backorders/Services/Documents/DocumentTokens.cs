namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>The tokens of the pick list's messages (names without brackets; case-insensitive in templates).</summary>
public static class DocumentTokens
{
    /// <summary>Units of the line backordered when the order was placed.</summary>
    public const string QuantityBackordered = "orderItemQtyBackordered";

    /// <summary>Units available now for the line's product, combination or warehouse (never below 0).</summary>
    public const string QuantityAvailable = "cataloginventoryItemQty";

    public const string QuantityOrdered = "orderItemQtyOrdered";

    /// <summary>Backordered units still waiting for stock (backordered − filled − cancelled).</summary>
    public const string QuantityOpen = "orderItemQtyOpen";

    /// <summary>Backordered units filled from stock since.</summary>
    public const string QuantityFilled = "orderItemQtyFilled";

    public const string ProductName = "productName";

    /// <summary>The combination's SKU when it has one, else the product's.</summary>
    public const string ProductSku = "productSku";

    /// <summary>nopCommerce's custom order number; empty when lines are summed by product.</summary>
    public const string OrderNumber = "orderNumber";

    /// <summary>The product's expected restock date (the plugin's policy record), empty when none.</summary>
    public const string ExpectedRestockDate = "expectedRestockDate";

    /// <summary>The line's warehouse, empty when none applies.</summary>
    public const string WarehouseName = "warehouseName";

    /// <summary>The English default of the pick list's backorder message, written to the settings on install.</summary>
    public const string DefaultBackorderMessageKey = BackordersDefaults.ResourcePrefix + "Documents.PickList.DefaultBackorderMessage";

    public static IReadOnlyList<string> BuiltIn { get; } =
    [
        QuantityBackordered, QuantityAvailable, QuantityOrdered, QuantityOpen, QuantityFilled,
        ProductName, ProductSku, OrderNumber, ExpectedRestockDate, WarehouseName
    ];

    /// <summary>The built-in tokens and those of every integrator's provider: what a template may use.</summary>
    public static IReadOnlyList<string> Known(IEnumerable<IDocumentTokenProvider> providers) =>
        BuiltIn.Concat((providers ?? []).SelectMany(p => p.TokenNames ?? []))
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The built-in values of a pick-list line (invariant numbers; the date in the given culture's short format).</summary>
    public static Dictionary<string, string> ValuesOf(PickListLine line, IFormatProvider culture)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [QuantityBackordered] = Number(line.QuantityBackordered),
            [QuantityAvailable] = Number(Math.Max(0, line.QuantityInStock)),
            [QuantityOrdered] = Number(line.QuantityOrdered),
            [QuantityOpen] = Number(line.QuantityOpen),
            [QuantityFilled] = Number(line.QuantityFilled),
            [ProductName] = line.ProductName ?? string.Empty,
            [ProductSku] = line.Sku ?? string.Empty,
            [OrderNumber] = line.OrderNumber ?? string.Empty,
            [ExpectedRestockDate] = line.ExpectedRestockDate?.ToString("d", culture) ?? string.Empty,
            [WarehouseName] = line.WarehouseName ?? string.Empty
        };
        return values;
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Lets an integrator add tokens to the pick list's messages: register an implementation in the DI container
/// (<c>services.AddScoped&lt;IDocumentTokenProvider, MyTokens&gt;()</c> in the integrator's NopStartup). The configure page
/// then accepts its tokens in templates, and every pick list asks it once for the values of all its lines.
/// </summary>
public interface IDocumentTokenProvider
{
    /// <summary>The token names this provider fills, without brackets (case-insensitive).</summary>
    IReadOnlyCollection<string> TokenNames { get; }

    /// <summary>Adds this provider's values for every line (one call per pick list; values are inserted as plain text).</summary>
    /// <param name="lines">The pick list's lines (their Message not yet rendered).</param>
    /// <param name="values">One dictionary per line, same order; set values for your token names.</param>
    Task AddValuesAsync(IReadOnlyList<PickListLine> lines, IReadOnlyList<IDictionary<string, string>> values);
}
