using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// After a stock change made atomically in the database, nopCommerce's own code writes the product entity once more to
/// save the new stock. That one write must be left out: the whole entity, written a moment later, could undo a
/// concurrent order's change. This remembers, per async call chain, which write to leave out; any later write goes through.
/// </summary>
public static class AtomicStockWriteGuard
{
    private sealed class Pending(int productId)
    {
        public int ProductId { get; } = productId;
        public bool Done { get; set; }
    }

    private static readonly AsyncLocal<Pending> _pending = new();

    /// <summary>Marks the next entity write of <paramref name="productId"/> in this call chain as already done; dispose to end the window.</summary>
    public static IDisposable Begin(int productId)
    {
        var outer = _pending.Value;
        _pending.Value = new Pending(productId);
        return new Scope(() => _pending.Value = outer);
    }

    /// <summary>True (once) when this write of the product is the one to leave out.</summary>
    public static bool TryConsume(int productId)
    {
        if (_pending.Value is not { Done: false } pending || pending.ProductId != productId)
            return false;

        pending.Done = true;
        return true;
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
