namespace Nop.Plugin.Inventory.Backorders.Services.Repair;

/// <summary>How many products (or combinations) one reason applies to.</summary>
public sealed record StockDoctorCount(StockDoctorReason Reason, int Count);

/// <summary>One batch of "fix all": how many were fixed, where the next batch starts, whether the reason is done.</summary>
public sealed record StockDoctorBatch(StockDoctorReason Reason, int Fixed, int NextAfterId, bool Done);

/// <summary>
/// Finds products and attribute combinations whose effective policy allows backorders but that customers cannot buy or see
/// as out of stock (<see cref="StockDoctorReason"/>), and fixes them: set-based, in batches, with nopCommerce's caches cleared,
/// a stock-history note per product and a <see cref="Domain.Events.StockDoctorFixedEvent"/> per batch.
/// </summary>
public interface IStockDoctorService
{
    /// <summary>The store-wide default policy and limit, and the vendor whose products alone are seen (0: all).</summary>
    Task<StockDoctorScope> GetScopeAsync(int vendorId);

    /// <summary>One COUNT per reason.</summary>
    Task<IReadOnlyList<StockDoctorCount>> CountAsync(StockDoctorScope scope);

    /// <summary>How many products (or combinations) one reason lists: one COUNT.</summary>
    Task<int> CountAsync(StockDoctorReason reason, StockDoctorScope scope);

    /// <summary>One reason's findings in id order, <paramref name="take"/> (at most 500) after the first <paramref name="skip"/>: paged in the database.</summary>
    Task<IReadOnlyList<StockDoctorFinding>> ListAsync(StockDoctorReason reason, StockDoctorScope scope, int skip, int take);

    /// <summary>Fixes the given products (combinations, for the combination reasons) where the reason still applies; returns how many changed.</summary>
    Task<int> FixSelectedAsync(StockDoctorReason reason, StockDoctorScope scope, IReadOnlyCollection<int> ids);

    /// <summary>Fixes the next batch of a reason after <paramref name="afterId"/> ("fix all", one request per batch with progress).</summary>
    Task<StockDoctorBatch> FixNextBatchAsync(StockDoctorReason reason, StockDoctorScope scope, int afterId, int batchSize = StockDoctorService.BatchSize);

    /// <summary>Fixes every product of the reasons, batch after batch; reports the running total. Returns how many changed.</summary>
    Task<int> FixAllAsync(IReadOnlyCollection<StockDoctorReason> reasons, StockDoctorScope scope, IProgress<int> fixedSoFar = null,
        CancellationToken cancellationToken = default);
}
