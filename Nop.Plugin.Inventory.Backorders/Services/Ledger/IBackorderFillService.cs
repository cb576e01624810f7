using Nop.Plugin.Inventory.Backorders.Domain.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>Hands stock that arrived to the lines waiting for it, oldest order first (see <see cref="BackorderFill"/>).</summary>
public interface IBackorderFillService
{
    /// <summary>Fills what the key's stock now covers; publishes and returns a <see cref="BackorderLineFilledEvent"/> per line filled.</summary>
    Task<IReadOnlyList<BackorderLineFilledEvent>> FillAsync(StockKey key);
}
