using Microsoft.AspNetCore.Http;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// Reads the store-wide default posted with nopCommerce's catalog settings form. The model event fires before
/// nopCommerce decides to save (SettingController.Catalog saves only when the model is valid), so the choice is only
/// remembered here; <see cref="CatalogSettingsSavedConsumer"/> applies it when nopCommerce writes the catalog settings.
/// </summary>
public class CatalogSettingsFormConsumer : IConsumer<ModelReceivedEvent<BaseNopModel>>
{
    public const string CatalogSettingsModelTypeName = "Nop.Web.Areas.Admin.Models.Settings.CatalogSettingsModel";

    /// <summary>The posted <see cref="DefaultPolicyChoice"/> waits here until nopCommerce saves the catalog settings.</summary>
    public const string PendingChoiceKey = "Inventory.Backorders.PendingDefaultChoice";

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ILocalizationService _localizationService;
    private readonly IPermissionService _permissionService;
    private readonly IBackordersInstalled _installed;

    public CatalogSettingsFormConsumer(IHttpContextAccessor httpContextAccessor,
        ILocalizationService localizationService,
        IPermissionService permissionService,
        IBackordersInstalled installed)
    {
        _installed = installed;
        _httpContextAccessor = httpContextAccessor;
        _localizationService = localizationService;
        _permissionService = permissionService;
    }

    public async Task HandleEventAsync(ModelReceivedEvent<BaseNopModel> eventMessage)
    {
        // Uninstalled but not yet restarted: the plugin's tables may be gone; nopCommerce works alone.
        if (!await _installed.IsInstalledAsync())
            return;

        if (!NopWebModel.Is(eventMessage.Model, CatalogSettingsModelTypeName))
            return;

        var httpContext = _httpContextAccessor.HttpContext;
        if (await PostedForm.ReadAsync(httpContext?.Request) is not { } posted)
            return;

        // nopCommerce authorises the settings action before model events run; checked again because the default moves every product.
        if (!await _permissionService.AuthorizeAsync(StandardPermission.Configuration.MANAGE_SETTINGS))
            return;

        var result = DefaultPolicyForm.Parse(posted);
        await FormError.AddToAsync(eventMessage.ModelState, result.Errors, _localizationService);
        if (result.Choice is { } choice)
            httpContext.Items[PendingChoiceKey] = choice;
    }
}
