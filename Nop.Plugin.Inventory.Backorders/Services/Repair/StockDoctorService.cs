using LinqToDB.Data;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Logging;

namespace Nop.Plugin.Inventory.Backorders.Services.Repair;

public class StockDoctorService : IStockDoctorService
{
    /// <summary>Products (or combinations) per fix statement: far below every database's parameter and IN-list limits, short locks.</summary>
    public const int BatchSize = 1_000;

    /// <summary>Product ids written into one activity-log comment (the count gives the rest).</summary>
    public const int IdsInActivityLog = 50;

    private readonly ICustomerActivityService _activityService;
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
        StockDoctorStatements statements,
        ICustomerActivityService activityService)
    {
        _activityService = activityService;
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
            counts.Add(new StockDoctorCount(reason, await CountAsync(reason, scope)));

        return counts;
    }

    public async Task<int> CountAsync(StockDoctorReason reason, StockDoctorScope scope) =>
        (int)(await _dataProvider.QueryAsync<long>(_statements.Count(reason, scope))).FirstOrDefault();

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
        var change = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + StockDoctorRules.ChangeResource(reason));
        var note = new DataParameter(StockDoctorStatements.NoteParameter, change);

        if (StockDoctorRules.IsCombinationReason(reason))
        {
            var combinations = (await _dataProvider.QueryAsync<ChangedCombination>(fix)).ToList();
            if (combinations.Count == 0)
                return 0;

            await _dataProvider.ExecuteNonQueryAsync(_statements.CombinationNotes(combinations.Select(c => c.Id).ToList()), note);
            await caches.CombinationsUpdatedAsync(combinations);
            var owners = combinations.Select(c => c.ProductId).Distinct().Order().ToList();
            await _eventPublisher.PublishAsync(new StockDoctorFixedEvent(reason, owners, combinations.Select(c => c.Id).Order().ToList()));
            await PublishPolicyEventsAsync(reason, scope, owners, await PoliciesAsync(owners));
            await LogAsync(reason, change, combinations.Count, owners);
            return combinations.Count;
        }

        // Read before the fix: the default applied changes it (the policy event reports old and new).
        var before = await PoliciesAsync(ids);
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
        await PublishPolicyEventsAsync(reason, scope, products, before);
        await LogAsync(reason, change, products.Count, products);
        return products.Count;
    }

    private sealed class ProductPolicy
    {
        public int Id { get; set; }
        public int BackorderModeId { get; set; }
    }

    private async Task<Dictionary<int, BackorderMode>> PoliciesAsync(IReadOnlyCollection<int> productIds) =>
        (await _dataProvider.QueryAsync<ProductPolicy>(_statements.Policies(productIds))).ToDictionary(p => p.Id, p => (BackorderMode)p.BackorderModeId);

    /// <summary>
    /// The plugin's batch policy event, as a default switch publishes it (integrators that follow policies and flags listen
    /// to it): one per old policy among the products fixed. "Default applied" moves them to the default; the other fixes
    /// keep the policy and make it take effect (flags lifted, inventory tracked, availability shown, combinations allowed).
    /// </summary>
    private async Task PublishPolicyEventsAsync(StockDoctorReason reason, StockDoctorScope scope, IReadOnlyList<int> products,
        IReadOnlyDictionary<int, BackorderMode> before)
    {
        var liftsFlags = StockDoctorRules.LiftsFlags(reason);
        foreach (var group in products.GroupBy(id => before.TryGetValue(id, out var mode) ? mode : scope.DefaultPolicy).OrderBy(g => g.Key))
        {
            var ids = group.Order().ToList();
            var newPolicy = reason == StockDoctorReason.DefaultNotApplied ? scope.DefaultPolicy : group.Key;
            await _eventPublisher.PublishAsync(new ProductsBackorderPolicyChangedEvent(ids, group.Key, newPolicy, liftsFlags ? ids : []));
        }
    }

    /// <summary>One activity-log entry per batch: what the fix changed, how many, and the first product ids.</summary>
    private async Task LogAsync(StockDoctorReason reason, string change, int count, IReadOnlyList<int> productIds)
    {
        var ids = string.Join(", ", productIds.Take(IdsInActivityLog)) + (productIds.Count > IdsInActivityLog ? ", …" : string.Empty);
        var comment = string.Format(await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Doctor.ActivityLog"),
            count, change, ids);
        await _activityService.InsertActivityAsync(BackordersDefaults.StockDoctorActivityType, comment);
    }
}
