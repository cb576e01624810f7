using LinqToDB.Data;
using Nop.Core.Caching;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Services.Repair;

public class StockDoctorService : IStockDoctorService
{
    /// <summary>Products (or combinations) per fix statement: far below every database's parameter and IN-list limits, short locks.</summary>
    public const int BatchSize = 1_000;

    private readonly INopDataProvider _dataProvider;
    private readonly IEventPublisher _eventPublisher;
    private readonly ILocalizationService _localizationService;
    private readonly ISettingService _settingService;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly StockDoctorStatements _statements;

    public StockDoctorService(INopDataProvider dataProvider,
        IEventPublisher eventPublisher,
        ILocalizationService localizationService,
        ISettingService settingService,
        IStaticCacheManager staticCacheManager,
        StockDoctorStatements statements)
    {
        _dataProvider = dataProvider;
        _eventPublisher = eventPublisher;
        _localizationService = localizationService;
        _settingService = settingService;
        _staticCacheManager = staticCacheManager;
        _statements = statements;
    }

    public async Task<StockDoctorScope> GetScopeAsync(int vendorId)
    {
        var settings = await _settingService.LoadSettingAsync<BackorderSettings>();
        return new StockDoctorScope(settings.DefaultBackorderMode, settings.DefaultBackorderLimit, Math.Max(0, vendorId));
    }

    public async Task<IReadOnlyList<StockDoctorCount>> CountAsync(StockDoctorScope scope)
    {
        var counts = new List<StockDoctorCount>();
        foreach (var reason in StockDoctorRules.All)
        {
            var count = (await _dataProvider.QueryAsync<long>(_statements.Count(reason, scope))).FirstOrDefault();
            counts.Add(new StockDoctorCount(reason, (int)count));
        }

        return counts;
    }

    public async Task<IReadOnlyList<StockDoctorFinding>> ListAsync(StockDoctorReason reason, StockDoctorScope scope, int skip, int take) =>
        (await _dataProvider.QueryAsync<StockDoctorFinding>(_statements.List(reason, scope, Math.Max(0, skip), Math.Clamp(take, 1, 500)))).ToList();

    public async Task<int> FixSelectedAsync(StockDoctorReason reason, StockDoctorScope scope, IReadOnlyCollection<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var fixedCount = 0;
        foreach (var chunk in ids.Where(id => id > 0).Distinct().Order().Chunk(BatchSize))
            fixedCount += await FixBatchAsync(reason, scope, chunk);

        return fixedCount;
    }

    public async Task<StockDoctorBatch> FixNextBatchAsync(StockDoctorReason reason, StockDoctorScope scope, int afterId, int batchSize = BatchSize)
    {
        if (!StockDoctorRules.CanFix(reason))
            return new StockDoctorBatch(reason, 0, afterId, true);

        var ids = await _dataProvider.QueryAsync<int>(_statements.NextIds(reason, scope, afterId, Math.Clamp(batchSize, 1, BatchSize)));
        if (ids.Count == 0)
            return new StockDoctorBatch(reason, 0, afterId, true);

        var fixedCount = await FixBatchAsync(reason, scope, ids.ToList());
        return new StockDoctorBatch(reason, fixedCount, ids.Max(), ids.Count < batchSize);
    }

    public async Task<int> FixAllAsync(IReadOnlyCollection<StockDoctorReason> reasons, StockDoctorScope scope, IProgress<int> fixedSoFar = null,
        CancellationToken cancellationToken = default)
    {
        var total = 0;
        foreach (var reason in StockDoctorRules.ReasonsToFix(reasons))
        {
            var batch = new StockDoctorBatch(reason, 0, 0, false);
            while (!batch.Done)
            {
                cancellationToken.ThrowIfCancellationRequested();
                batch = await FixNextBatchAsync(reason, scope, batch.NextAfterId);
                total += batch.Fixed;
                fixedSoFar?.Report(total);
            }
        }

        return total;
    }

    /// <summary>
    /// One batch: the UPDATE (where the reason still applies) reads back what it changed; then what depends on it, as the
    /// policy service does after its set-based statements: the record's flags, following combinations, nopCommerce's
    /// caches, a note per product, one event.
    /// </summary>
    private async Task<int> FixBatchAsync(StockDoctorReason reason, StockDoctorScope scope, IReadOnlyCollection<int> ids)
    {
        if (ids.Count == 0 || _statements.Fix(reason, scope, ids) is not { } fix)
            return 0;

        var caches = new NopEntityCaches(_staticCacheManager);
        var note = new DataParameter(StockDoctorStatements.NoteParameter,
            await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + StockDoctorRules.ChangeResource(reason)));

        if (StockDoctorRules.IsCombinationReason(reason))
        {
            var combinations = (await _dataProvider.QueryAsync<ChangedCombination>(fix)).ToList();
            if (combinations.Count == 0)
                return 0;

            await _dataProvider.ExecuteNonQueryAsync(_statements.CombinationNotes(combinations.Select(c => c.Id).ToList()), note);
            await caches.CombinationsUpdatedAsync(combinations);
            await _eventPublisher.PublishAsync(new StockDoctorFixedEvent(reason,
                combinations.Select(c => c.ProductId).Distinct().Order().ToList(), combinations.Select(c => c.Id).Order().ToList()));
            return combinations.Count;
        }

        var products = (await _dataProvider.QueryAsync<int>(fix)).Distinct().Order().ToList();
        if (products.Count == 0)
            return 0;

        // The record then says what is still set by the activity: a lifted flag is no longer the activity's.
        if (reason == StockDoctorReason.BuyButtonDisabledByLowStock)
            await _dataProvider.ExecuteNonQueryAsync(_statements.ForgetFlag(LowStockFlags.BuyButtonDisabled, products));
        if (reason == StockDoctorReason.UnpublishedByLowStock)
            await _dataProvider.ExecuteNonQueryAsync(_statements.ForgetFlag(LowStockFlags.Unpublished, products));

        // As the policy service moves a product's following combinations with its policy.
        var moved = reason == StockDoctorReason.DefaultNotApplied
            ? (await _dataProvider.QueryAsync<ChangedCombination>(_statements.AllowFollowingCombinations(products))).ToList()
            : [];

        await _dataProvider.ExecuteNonQueryAsync(_statements.ProductNotes(products), note);
        await caches.ProductsUpdatedAsync(products);
        await caches.CombinationsUpdatedAsync(moved);
        await _eventPublisher.PublishAsync(new StockDoctorFixedEvent(reason, products, moved.Select(c => c.Id).Order().ToList()));
        return products.Count;
    }
}
