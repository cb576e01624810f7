using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Services.Configuration;
using Nop.Plugin.Inventory.Backorders.Services;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

public class BackorderPolicyService : IBackorderPolicyService
{
    /// <summary>Products per statement: keeps each statement's locks short on large catalogs.</summary>
    public const int BatchSize = 10_000;

    /// <summary>Product ids per query of <see cref="GetProductSettingsAsync"/>: far below every database's parameter limit (SQL Server: 2,100).</summary>
    public const int IdsPerQuery = 1_000;

    private readonly INopDataProvider _dataProvider;
    private readonly IEventPublisher _eventPublisher;
    private readonly IRepository<Product> _productRepository;
    private readonly IRepository<ProductAttributeCombination> _combinationRepository;
    private readonly IRepository<CombinationBackorderSetting> _combinationSettingRepository;
    private readonly IRepository<ProductBackorderSetting> _settingRepository;
    private readonly ISettingService _settingService;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly BackorderStatements _statements;

    public BackorderPolicyService(IRepository<CombinationBackorderSetting> combinationSettingRepository,
        INopDataProvider dataProvider,
        IEventPublisher eventPublisher,
        IRepository<Product> productRepository,
        IRepository<ProductBackorderSetting> settingRepository,
        ISettingService settingService,
        IStaticCacheManager staticCacheManager,
        BackorderStatements statements,
        IRepository<ProductAttributeCombination> combinationRepository)
    {
        _combinationRepository = combinationRepository;
        _combinationSettingRepository = combinationSettingRepository;
        _dataProvider = dataProvider;
        _eventPublisher = eventPublisher;
        _productRepository = productRepository;
        _settingRepository = settingRepository;
        _settingService = settingService;
        _staticCacheManager = staticCacheManager;
        _statements = statements;
    }

    public Task<ProductBackorderSetting> GetProductSettingAsync(int productId) =>
        _settingRepository.Table.FirstOrDefaultAsync(s => s.ProductId == productId);

    public async Task<IDictionary<int, ProductBackorderSetting>> GetProductSettingsAsync(IReadOnlyCollection<int> productIds)
    {
        ArgumentNullException.ThrowIfNull(productIds);

        var settings = new Dictionary<int, ProductBackorderSetting>(productIds.Count);
        foreach (var chunk in productIds.Distinct().Chunk(IdsPerQuery))
        {
            // A List, not the array: C# 14 would bind array.Contains to MemoryExtensions, which LINQ providers do not translate.
            var ids = chunk.ToList();
            foreach (var setting in await _settingRepository.Table.Where(s => ids.Contains(s.ProductId)).ToListAsync())
                settings[setting.ProductId] = setting;
        }

        return settings;
    }

    public async Task<bool> UsesDefaultAsync(int productId) =>
        await GetProductSettingAsync(productId) is not { UsesDefaultPolicy: false };

    public async Task SetProductPolicyAsync(Product product, BackorderMode? ownPolicy, BackorderMode defaultMode)
    {
        ArgumentNullException.ThrowIfNull(product);

        // The same path as the product form: record the choice, then write what it means onto the product.
        var setting = await GetProductSettingAsync(product.Id);
        var choice = new ProductPolicyChoice(ownPolicy is null, ownPolicy, setting?.BackorderLimit, setting?.ExpectedRestockDateUtc);
        var (policy, lift) = await SaveProductChoiceAsync(product.Id, choice, product.BackorderMode, defaultMode);
        if (policy == product.BackorderMode && lift == LowStockFlags.None)
            return;

        product.BackorderMode = policy;
        if (lift.HasFlag(LowStockFlags.BuyButtonDisabled))
        {
            product.DisableBuyButton = false;
            product.DisableWishlistButton = false;
        }

        if (lift.HasFlag(LowStockFlags.Unpublished))
            product.Published = true;

        await _productRepository.UpdateAsync(product);
    }

    public async Task<ProductChoicePlan> PlanProductChoiceAsync(int productId, ProductPolicyChoice choice, BackorderMode defaultMode)
    {
        // The stored product, not the posted form: the block's script keeps nopCommerce's hidden field equal to the new choice.
        if (await _productRepository.GetByIdAsync(productId) is not { Deleted: false } product)
            return null;

        var flags = (LowStockFlags)((await GetProductSettingAsync(productId))?.LowStockFlagsSetByActivity ?? 0);
        return ProductChoicePlan.For(productId, choice, product.BackorderMode, flags, defaultMode);
    }

    public async Task<(BackorderMode Policy, LowStockFlags Lift)> SaveProductChoiceAsync(int productId, ProductPolicyChoice choice,
        BackorderMode currentPolicy, BackorderMode defaultMode)
    {
        var setting = await GetProductSettingAsync(productId) ?? new ProductBackorderSetting { ProductId = productId };
        var usedDefault = setting.Id == 0 || setting.UsesDefaultPolicy;
        var (_, _, _, policy, lift) = ProductChoicePlan.For(productId, choice, currentPolicy, (LowStockFlags)setting.LowStockFlagsSetByActivity, defaultMode);

        setting.LowStockFlagsSetByActivity &= ~(int)lift;
        setting.UsesDefaultPolicy = choice.UsesDefault;
        setting.BackorderLimit = choice.BackorderLimit;
        setting.ExpectedRestockDateUtc = choice.ExpectedRestockDate;
        setting.UpdatedOnUtc = DateTime.UtcNow;
        await SaveSettingAsync(setting);

        if (policy != currentPolicy)
            await MoveFollowingCombinationsAsync(productId, policy);

        if (policy != currentPolicy || usedDefault != choice.UsesDefault)
            await _eventPublisher.PublishAsync(new ProductBackorderPolicyChangedEvent(productId, currentPolicy, policy, choice.UsesDefault));

        return (policy, lift);
    }

    public async Task<bool> AdoptOutsideChangeAsync(Product product, BackorderMode defaultMode)
    {
        ArgumentNullException.ThrowIfNull(product);

        // Most updates (stock, prices, orders) leave a product on the default: decided without a query.
        if (product.BackorderMode == defaultMode)
            return false;

        var setting = await GetProductSettingAsync(product.Id);
        if (!OutsideChange.MakesOwnChoice(setting is not { UsesDefaultPolicy: false }, product.BackorderMode, defaultMode))
            return false;

        setting ??= new ProductBackorderSetting { ProductId = product.Id };
        setting.UsesDefaultPolicy = false;
        setting.UpdatedOnUtc = DateTime.UtcNow;
        await SaveSettingAsync(setting);

        // It carried the default until this write.
        if (EffectivePolicy.CombinationAllowsOutOfStockOrders(product.BackorderMode) != EffectivePolicy.CombinationAllowsOutOfStockOrders(defaultMode))
            await MoveFollowingCombinationsAsync(product.Id, product.BackorderMode);

        await _eventPublisher.PublishAsync(new ProductBackorderPolicyChangedEvent(product.Id, defaultMode, product.BackorderMode, false));
        return true;
    }

    public async Task CopyProductRecordsAsync(int sourceProductId, int copyProductId)
    {
        // The product's record: its choice, limit and restock date. Not the low-stock flags: those describe the source's stock.
        if (await GetProductSettingAsync(sourceProductId) is { } source && await GetProductSettingAsync(copyProductId) is null)
        {
            await _settingRepository.InsertAsync(new ProductBackorderSetting
            {
                ProductId = copyProductId,
                UsesDefaultPolicy = source.UsesDefaultPolicy,
                BackorderLimit = source.BackorderLimit,
                ExpectedRestockDateUtc = source.ExpectedRestockDateUtc,
                UpdatedOnUtc = DateTime.UtcNow
            });
        }

        var own = await _combinationSettingRepository.Table.Where(s => s.ProductId == sourceProductId).Select(s => s.CombinationId).ToListAsync();
        if (own.Count == 0)
            return;

        // nopCommerce copies the combinations in id order, one copy each: the n-th copy is the n-th source combination.
        var sourceIds = await CombinationIdsAsync(sourceProductId);
        var copyIds = await CombinationIdsAsync(copyProductId);
        if (sourceIds.Count != copyIds.Count)
            return;

        var copied = await _combinationSettingRepository.Table.Where(s => s.ProductId == copyProductId).Select(s => s.CombinationId).ToListAsync();
        var records = sourceIds.Select((id, i) => (Source: id, Copy: copyIds[i]))
            .Where(pair => own.Contains(pair.Source) && !copied.Contains(pair.Copy))
            .Select(pair => new CombinationBackorderSetting { CombinationId = pair.Copy, ProductId = copyProductId })
            .ToList();
        if (records.Count > 0)
            await _combinationSettingRepository.InsertAsync(records);
    }

    private Task<List<int>> CombinationIdsAsync(int productId) =>
        _combinationRepository.Table.Where(c => c.ProductId == productId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();

    private Task SaveSettingAsync(ProductBackorderSetting setting) =>
        setting.Id == 0 ? _settingRepository.InsertAsync(setting) : _settingRepository.UpdateAsync(setting);

    private async Task MoveFollowingCombinationsAsync(int productId, BackorderMode policy)
    {
        await _dataProvider.ExecuteNonQueryAsync(_statements.SetFollowingCombinations(productId, EffectivePolicy.CombinationAllowsOutOfStockOrders(policy)));

        // The statement skips entity events: clear what nopCommerce's combination cache consumer would, for this product's combinations.
        var combinations = (await CombinationIdsAsync(productId)).Select(id => new ChangedCombination { Id = id, ProductId = productId }).ToList();
        if (combinations.Count > 0)
            await new NopEntityCaches(_staticCacheManager).CombinationsUpdatedAsync(combinations);
    }

    public async Task<bool> CombinationFollowsProductAsync(int combinationId) =>
        !await _combinationSettingRepository.Table.AnyAsync(s => s.CombinationId == combinationId);

    public async Task SaveCombinationChoiceAsync(int combinationId, int productId, bool followsProduct)
    {
        if (followsProduct)
        {
            await _combinationSettingRepository.DeleteAsync(s => s.CombinationId == combinationId);
            return;
        }

        if (await CombinationFollowsProductAsync(combinationId))
            await _combinationSettingRepository.InsertAsync(new CombinationBackorderSetting { CombinationId = combinationId, ProductId = productId });
    }

    public async Task<int> ChangeDefaultAsync(BackorderMode newDefault, int newDefaultLimit)
    {
        if (newDefaultLimit < 0)
            throw new ArgumentOutOfRangeException(nameof(newDefaultLimit), newDefaultLimit, "A backorder limit cannot be negative.");

        var settings = await _settingService.LoadSettingAsync<BackorderSettings>();
        var oldDefault = settings.DefaultBackorderMode;
        settings.DefaultBackorderMode = newDefault;
        settings.DefaultBackorderLimit = newDefaultLimit;
        await _settingService.SaveSettingAsync(settings);

        return oldDefault == newDefault ? 0 : await ApplyDefaultAsync(oldDefault, newDefault);
    }

    public async Task<int> ApplyDefaultAsync(BackorderMode oldDefault, BackorderMode newDefault, IProgress<int> productsUpdated = null,
        CancellationToken cancellationToken = default)
    {
        var maxId = await _productRepository.Table.MaxAsync(p => (int?)p.Id) ?? 0;
        var caches = new NopEntityCaches(_staticCacheManager);
        var updated = 0;

        for (var from = 0; from < maxId; from += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var to = Math.Min(from + BatchSize, maxId);

            var changed = await _dataProvider.QueryAsync<int>(_statements.ApplyDefault(newDefault, from, to));
            var combinations = await _dataProvider.QueryAsync<ChangedCombination>(_statements.SyncCombinations(from, to));
            var lifted = EffectivePolicy.AllowsBackorders(newDefault) ? await LiftFlagsAsync(from, to) : [];
            updated += changed.Count;

            // The statements bypass the repository, so neither nopCommerce's cache consumers nor anyone else hears of
            // these changes: clear what nopCommerce would, then tell integrators once per batch.
            await caches.ProductsUpdatedAsync(changed.Union(lifted).ToList());
            await caches.CombinationsUpdatedAsync(combinations.ToList());
            if (changed.Count > 0 || lifted.Count > 0)
                await _eventPublisher.PublishAsync(new ProductsBackorderPolicyChangedEvent(changed.ToList(), oldDefault, newDefault, lifted));

            productsUpdated?.Report(updated);
        }

        await _eventPublisher.PublishAsync(new DefaultBackorderPolicyChangedEvent(oldDefault, newDefault, updated));

        return updated;
    }

    public async Task ClassifyNewProductAsync(Product product, BackorderMode defaultMode)
    {
        ArgumentNullException.ThrowIfNull(product);

        if (await GetProductSettingAsync(product.Id) is not null)
            return;

        if (EffectivePolicy.NewProductUsesDefault(product.BackorderMode))
        {
            // No record: the product follows the default.
            if (product.BackorderMode == defaultMode)
                return;

            var oldPolicy = product.BackorderMode;
            product.BackorderMode = defaultMode;
            await _productRepository.UpdateAsync(product);
            await _eventPublisher.PublishAsync(new ProductBackorderPolicyChangedEvent(product.Id, oldPolicy, defaultMode, true));
            return;
        }

        await _settingRepository.InsertAsync(new ProductBackorderSetting
        {
            ProductId = product.Id,
            UsesDefaultPolicy = false,
            UpdatedOnUtc = DateTime.UtcNow
        });
    }

    public async Task RecordExistingProductsAsync(BackorderMode defaultMode)
    {
        var maxId = await _productRepository.Table.MaxAsync(p => (int?)p.Id) ?? 0;
        for (var from = 0; from < maxId; from += BatchSize)
            await _dataProvider.ExecuteNonQueryAsync(_statements.RecordExistingProducts(defaultMode, from, Math.Min(from + BatchSize, maxId)));
    }

    /// <summary>
    /// Lifts the flags the low-stock activity set on the products of the range whose policy now allows backorders, and
    /// forgets them; yields the Ids of the products changed. Driven by the plugin's small settings table: only products
    /// with recorded flags are touched (nothing at all when none are recorded), so the statements never scan or lock the
    /// rest of the range.
    /// </summary>
    private async Task<IReadOnlyList<int>> LiftFlagsAsync(int from, int to)
    {
        var recorded = await _settingRepository.Table
            .Where(s => s.ProductId > from && s.ProductId <= to && s.LowStockFlagsSetByActivity != 0)
            .Select(s => new { s.ProductId, s.LowStockFlagsSetByActivity })
            .ToListAsync();
        if (recorded.Count == 0)
            return [];

        var lifted = new SortedSet<int>();
        foreach (var chunk in recorded.Chunk(IdsPerQuery))
        {
            var buyButton = chunk.Where(r => HasFlag(r.LowStockFlagsSetByActivity, LowStockFlags.BuyButtonDisabled)).Select(r => r.ProductId).ToList();
            var unpublished = chunk.Where(r => HasFlag(r.LowStockFlagsSetByActivity, LowStockFlags.Unpublished)).Select(r => r.ProductId).ToList();
            if (buyButton.Count > 0)
                lifted.UnionWith(await _dataProvider.QueryAsync<int>(_statements.LiftBuyButtonFlags(buyButton)));
            if (unpublished.Count > 0)
                lifted.UnionWith(await _dataProvider.QueryAsync<int>(_statements.LiftUnpublished(unpublished)));
            await _dataProvider.ExecuteNonQueryAsync(_statements.ForgetLiftedFlags(chunk.Select(r => r.ProductId)));
        }

        return lifted.ToList();
    }

    private static bool HasFlag(int recorded, LowStockFlags flag) => ((LowStockFlags)recorded & flag) == flag;
}
