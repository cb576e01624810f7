namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>What an atomic stock change made in the database stands in for in nopCommerce's adjustment.</summary>
public enum AtomicStockKind
{
    /// <summary>Nothing: nopCommerce's adjustment runs as it is.</summary>
    None,
    /// <summary>The product's stock (one warehouse): nopCommerce's write of the product entity is left out.</summary>
    Product,
    /// <summary>An attribute combination's stock: nopCommerce's write of the combination entity is left out.</summary>
    Combination,
    /// <summary>A reservation over the product's warehouses: nopCommerce's ReserveInventoryAsync is left out.</summary>
    Warehouses
}

/// <param name="EntityId">The product (Product, Warehouses) or combination (Combination).</param>
/// <param name="StockAfter">The stock the change produced (Product, Combination).</param>
public readonly record struct AtomicStockChange(AtomicStockKind Kind, int EntityId, int StockAfter)
{
    public static AtomicStockChange None => default;

    public bool Changed => Kind != AtomicStockKind.None;
}

/// <summary>
/// After a stock change made atomically in the database, nopCommerce's own code writes the entity once more to save the
/// new stock (or reserves in the warehouses itself). That one write must be left out: the whole entity, written a moment
/// later, could undo a concurrent order's change. This remembers, per async call chain, which write to leave out; any
/// later write goes through.
/// </summary>
public static class AtomicStockWriteGuard
{
    private sealed class Pending(AtomicStockKind kind, int entityId, int stockAfter)
    {
        public AtomicStockKind Kind { get; } = kind;
        public int EntityId { get; } = entityId;
        public int StockAfter { get; } = stockAfter;
        public bool Done { get; set; }
    }

    private static readonly AsyncLocal<Pending> _pending = new();

    /// <summary>Marks the next entity write of <paramref name="productId"/> in this call chain as already done; dispose to end the window.</summary>
    public static IDisposable Begin(int productId) => Begin(new AtomicStockChange(AtomicStockKind.Product, productId, 0));

    /// <summary>Opens the window for the write <paramref name="change"/> stands in for; null (nothing to dispose) when nothing changed.</summary>
    public static IDisposable Begin(AtomicStockChange change)
    {
        if (!change.Changed)
            return null;

        var outer = _pending.Value;
        _pending.Value = new Pending(change.Kind, change.EntityId, change.StockAfter);
        return new Scope(() => _pending.Value = outer);
    }

    /// <summary>True (once) when this write of the product is the one to leave out.</summary>
    public static bool TryConsume(int productId) => TryConsume(AtomicStockKind.Product, productId, out _);

    /// <summary>True (once) when this write is the one to leave out; <paramref name="stockAfter"/> is the stock the change produced.</summary>
    public static bool TryConsume(AtomicStockKind kind, int entityId, out int stockAfter)
    {
        stockAfter = 0;
        if (_pending.Value is not { Done: false } pending || pending.Kind != kind || pending.EntityId != entityId)
            return false;

        pending.Done = true;
        stockAfter = pending.StockAfter;
        return true;
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
