using System.Globalization;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Services.Localization;
using Nop.Services.Shipping.Date;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

public class BackorderInventoryService : IBackorderInventoryService
{
    private readonly BackorderSettings _backorderSettings;
    private readonly CatalogSettings _catalogSettings;
    private readonly INopDataProvider _dataProvider;
    private readonly IDateRangeService _dateRangeService;
    private readonly IEventPublisher _eventPublisher;
    private readonly ILocalizationService _localizationService;
    private readonly IBackorderPolicyService _policyService;
    private readonly IRepository<ProductBackorderSetting> _settingRepository;
    private readonly BackorderStatements _statements;
    private readonly IWorkContext _workContext;

    public BackorderInventoryService(BackorderSettings backorderSettings,
        CatalogSettings catalogSettings,
        INopDataProvider dataProvider,
        IDateRangeService dateRangeService,
        IEventPublisher eventPublisher,
        ILocalizationService localizationService,
        IBackorderPolicyService policyService,
        IRepository<ProductBackorderSetting> settingRepository,
        BackorderStatements statements,
        IWorkContext workContext)
    {
        _backorderSettings = backorderSettings;
        _catalogSettings = catalogSettings;
        _dataProvider = dataProvider;
        _dateRangeService = dateRangeService;
        _eventPublisher = eventPublisher;
        _localizationService = localizationService;
        _policyService = policyService;
        _settingRepository = settingRepository;
        _statements = statements;
        _workContext = workContext;
    }

    /// <summary>Per request (the service is scoped): product id to its plugin record, null for "no record".</summary>
    private readonly Dictionary<int, ProductBackorderSetting> _settings = new();

    public async Task PreloadSettingsAsync(IReadOnlyCollection<int> productIds)
    {
        var missing = productIds.Where(id => !_settings.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
            return;

        var found = await _policyService.GetProductSettingsAsync(missing);
        foreach (var id in missing)
            _settings[id] = found.TryGetValue(id, out var setting) ? setting : null;
    }

    private async Task<ProductBackorderSetting> GetSettingAsync(int productId)
    {
        if (!_settings.TryGetValue(productId, out var setting))
            _settings[productId] = setting = await _policyService.GetProductSettingAsync(productId);

        return setting;
    }

    public async Task<string> GetStockMessageAsync(Product product, int available, BackorderMode policy, int requestedQuantity = 0) =>
        await WordStockMessageAsync(product, await DecideStockMessageAsync(product, available, policy, requestedQuantity));

    public async Task<StockMessage> DecideStockMessageAsync(Product product, int available, BackorderMode policy, int requestedQuantity = 0)
    {
        ArgumentNullException.ThrowIfNull(product);

        var setting = await GetSettingAsync(product.Id);
        return StockMessageRule.Decide(new StockSituation(policy, available, product.DisplayStockAvailability,
            product.DisplayStockQuantity, product.MinStockQuantity, product.LowStockActivity, product.ProductAvailabilityRangeId != 0,
            RestockDate.ToShow(setting?.ExpectedRestockDateUtc, DateTime.UtcNow), requestedQuantity,
            BackorderLimit.Effective(setting?.BackorderLimit, _backorderSettings.DefaultBackorderLimit)));
    }

    public async Task<string> WordStockMessageAsync(Product product, StockMessage message)
    {
        var range = message.Kind is StockMessageKind.AvailableInRange || message.WithRange
            ? await _dateRangeService.GetProductAvailabilityRangeByIdAsync(product.ProductAvailabilityRangeId)
            : null;
        var rangeName = range is null ? null : await _localizationService.GetLocalizedAsync(range, r => r.Name);
        if (range is null)
        {
            // A range that no longer exists: say what nopCommerce says without one.
            message = message with { Kind = message.Kind == StockMessageKind.AvailableInRange ? StockMessageKind.OutOfStock : message.Kind, WithRange = false };
        }

        var language = await _workContext.GetWorkingLanguageAsync();
        var culture = CultureInfo.GetCultureInfo(string.IsNullOrEmpty(language?.LanguageCulture) ? "en-US" : language.LanguageCulture);

        return await StockMessageText.FormatAsync(message, _localizationService.GetResourceAsync, rangeName, culture);
    }

    public async Task<int> GetBackorderLimitAsync(Product product) =>
        BackorderLimit.Effective((await GetSettingAsync(product.Id))?.BackorderLimit, _backorderSettings.DefaultBackorderLimit);

    public async Task<int?> GetMaximumOrderableAsync(Product product, int available, BackorderMode policy) =>
        BackorderLimit.MaximumOrderable(policy, available, await GetBackorderLimitAsync(product));

    public async Task ApplyLowStockActivityAsync(Product product, int totalStock)
    {
        ArgumentNullException.ThrowIfNull(product);

        var setting = await GetSettingAsync(product.Id);
        var recorded = (LowStockFlags)(setting?.LowStockFlagsSetByActivity ?? 0);
        var decision = LowStockActivityRule.Decide(product.LowStockActivity, product.BackorderMode, totalStock, product.MinStockQuantity,
            recorded, _catalogSettings.PublishBackProductWhenCancellingOrders);

        var disableBuyButton = product.DisableBuyButton;
        var published = product.Published;
        if (decision.Set.HasFlag(LowStockFlags.BuyButtonDisabled) || decision.Lift.HasFlag(LowStockFlags.BuyButtonDisabled))
            disableBuyButton = decision.Set.HasFlag(LowStockFlags.BuyButtonDisabled);
        if (decision.Set.HasFlag(LowStockFlags.Unpublished) || decision.Lift.HasFlag(LowStockFlags.Unpublished))
            published = !decision.Set.HasFlag(LowStockFlags.Unpublished);

        // A flag counts as the activity's only when the activity turned it on; one already on was set by someone else.
        var newlySet = decision.Set
            & (product.DisableBuyButton ? ~LowStockFlags.BuyButtonDisabled : ~LowStockFlags.None)
            & (product.Published ? ~LowStockFlags.None : ~LowStockFlags.Unpublished);
        var nowRecorded = (recorded | newlySet) & ~decision.Lift;

        if (disableBuyButton != product.DisableBuyButton || published != product.Published)
        {
            product.DisableBuyButton = disableBuyButton;
            product.DisableWishlistButton = disableBuyButton;
            product.Published = published;
            await _dataProvider.ExecuteNonQueryAsync(_statements.SetLowStockFlags(product.Id, disableBuyButton, published));
            await _eventPublisher.PublishAsync(new EntityUpdatedEvent<Product>(product));
        }

        if (nowRecorded == recorded)
            return;

        setting ??= new ProductBackorderSetting { ProductId = product.Id, UsesDefaultPolicy = true };
        setting.LowStockFlagsSetByActivity = (int)nowRecorded;
        setting.UpdatedOnUtc = DateTime.UtcNow;
        if (setting.Id == 0)
            await _settingRepository.InsertAsync(setting);
        else
            await _settingRepository.UpdateAsync(setting);
        _settings[product.Id] = setting;
    }
}
