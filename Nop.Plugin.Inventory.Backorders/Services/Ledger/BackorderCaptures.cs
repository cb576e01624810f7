namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// The lines captured in this request (scoped) whose order item is not known yet. nopCommerce adjusts a line's stock and
/// then publishes the line's <c>ShoppingCartItemMovedToOrderItemEvent</c>; the consumer takes the capture back by the
/// line's product, attributes and quantity. A recurring order's next cycle adjusts stock without that event: its captures
/// stay here for the rest of the request (<see cref="TakeAll"/>). Thread-safe: outside a web request nopCommerce may
/// resolve scoped services from the root scope.
/// </summary>
public class BackorderCaptures
{
    private readonly List<LineCapture> _pending = [];

    public void Add(LineCapture capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        lock (_pending)
            _pending.Add(capture);
    }

    /// <summary>The latest capture of that line, removed; null when there is none.</summary>
    public LineCapture Take(int productId, string attributesXml, int quantity)
    {
        lock (_pending)
        {
            var index = _pending.FindLastIndex(c => c.AttachedTo is null && c.ProductId == productId && c.QuantityOrdered == quantity
                && string.Equals(c.AttributesXml ?? "", attributesXml ?? "", StringComparison.Ordinal));
            if (index < 0)
                return null;

            var capture = _pending[index];
            _pending.RemoveAt(index);
            return capture;
        }
    }

    /// <summary>The captures of products attached to that line (adjusted inside its adjustment), oldest first, removed.</summary>
    public IReadOnlyList<LineCapture> TakeAttached(int productId, string attributesXml, int quantity)
    {
        var line = new Storefront.AdjustedLine(productId, attributesXml ?? "", quantity);
        lock (_pending)
        {
            var attached = _pending.Where(c => c.AttachedTo == line).ToList();
            _pending.RemoveAll(c => c.AttachedTo == line);
            return attached;
        }
    }

    /// <summary>Every pending capture, oldest first, removed.</summary>
    public IReadOnlyList<LineCapture> TakeAll()
    {
        lock (_pending)
        {
            var all = _pending.ToList();
            _pending.Clear();
            return all;
        }
    }
}
