namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>Keeps an order's ledger lines in step with the order as it is now (cancelled, deleted, items edited, added or deleted).</summary>
public interface IBackorderLifecycleService
{
    /// <summary>
    /// Brings the order's lines in line with the order and its items. <paramref name="itemsToRecord"/>: items added after
    /// placement (admin "add product", a recurring order's next cycle) or edited, whose stock was taken in this request; a
    /// line is recorded for them when stock could not cover them. Returns the stocks whose waiting lines changed.
    /// </summary>
    Task<IReadOnlyCollection<StockKey>> ReconcileOrderAsync(int orderId, IReadOnlySet<int> itemsToRecord);
}
