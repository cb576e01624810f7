namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>An order line as nopCommerce adjusts its stock: its product, attributes and quantity.</summary>
public readonly record struct AdjustedLine(int ProductId, string AttributesXml, int Quantity);

/// <summary>
/// nopCommerce's AdjustInventoryAsync, after a line's own product, adjusts the products attached to the line through
/// "associated product" attribute values by calling itself again (quantity × the value's quantity). While the outer call
/// runs its line is known here (it flows into the nested calls and ends with the outer one), so a nested adjustment is
/// recognised as attached to that line, whatever nopCommerce passes it as attributes or message.
/// </summary>
public static class AttachedStockScope
{
    private static readonly AsyncLocal<AdjustedLine?> _line = new();

    /// <summary>The line whose adjustment is running around this one; null at the outermost adjustment.</summary>
    public static AdjustedLine? Current => _line.Value;

    /// <param name="quantityToChange">nopCommerce's change (negative for a sale); the line keeps the units sold.</param>
    public static IDisposable Enter(int productId, string attributesXml, int quantityToChange)
    {
        var outer = _line.Value;
        _line.Value = new AdjustedLine(productId, attributesXml ?? "", -quantityToChange);
        return new Exit(outer);
    }

    private sealed class Exit(AdjustedLine? outer) : IDisposable
    {
        public void Dispose() => _line.Value = outer;
    }
}
