using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Configuration;
using Nop.Core.Events;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// Applies the default posted with the catalog settings form once nopCommerce saves those settings. nopCommerce 4.90's
/// SettingController.Catalog writes <see cref="MarkerSetting"/> (a store-independent catalog setting, always inserted or
/// updated, never deleted) only after its own checks passed and after every per-store catalog setting: seeing that write
/// in the request that posted the form means nopCommerce is saving it. A refused save (invalid model) writes no setting,
/// so the default stays as it was.
/// </summary>
public class CatalogSettingsSavedConsumer : IConsumer<EntityUpdatedEvent<Setting>>, IConsumer<EntityInsertedEvent<Setting>>
{
    /// <summary>CatalogSettings.CacheProductPrices, as nopCommerce names the setting (lower case).</summary>
    public const string MarkerSetting = "catalogsettings.cacheproductprices";

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IBackorderPolicyService _policyService;
    private readonly IBackordersInstalled _installed;

    public CatalogSettingsSavedConsumer(IHttpContextAccessor httpContextAccessor,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IBackorderPolicyService policyService,
        IBackordersInstalled installed)
    {
        _installed = installed;
        _httpContextAccessor = httpContextAccessor;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _policyService = policyService;
    }

    public Task HandleEventAsync(EntityUpdatedEvent<Setting> eventMessage) => ApplyAsync(eventMessage.Entity);

    public Task HandleEventAsync(EntityInsertedEvent<Setting> eventMessage) => ApplyAsync(eventMessage.Entity);

    private async Task ApplyAsync(Setting setting)
    {
        // Uninstalled but not yet restarted: the plugin's tables may be gone; nopCommerce works alone.
        if (!await _installed.IsInstalledAsync())
            return;

        if (!string.Equals(setting?.Name, MarkerSetting, StringComparison.OrdinalIgnoreCase))
            return;

        var items = _httpContextAccessor.HttpContext?.Items;
        if (items?.TryGetValue(CatalogSettingsFormConsumer.PendingChoiceKey, out var pending) != true || pending is not DefaultPolicyChoice choice)
            return;

        items.Remove(CatalogSettingsFormConsumer.PendingChoiceKey);
        var updated = await _policyService.ChangeDefaultAsync(choice.DefaultPolicy, choice.DefaultLimit);
        if (updated > 0)
        {
            _notificationService.SuccessNotification(string.Format(
                await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Configure.DefaultApplied"), updated));
        }
    }
}
