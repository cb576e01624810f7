using Microsoft.AspNetCore.Http;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>Saves the store-wide default posted with nopCommerce's catalog settings form and moves the products that follow it.</summary>
public class CatalogSettingsFormConsumer : IConsumer<ModelReceivedEvent<BaseNopModel>>
{
    public const string CatalogSettingsModelTypeName = "Nop.Web.Areas.Admin.Models.Settings.CatalogSettingsModel";

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IPermissionService _permissionService;
    private readonly IBackorderPolicyService _policyService;

    public CatalogSettingsFormConsumer(IHttpContextAccessor httpContextAccessor,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IPermissionService permissionService,
        IBackorderPolicyService policyService)
    {
        _httpContextAccessor = httpContextAccessor;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _permissionService = permissionService;
        _policyService = policyService;
    }

    public async Task HandleEventAsync(ModelReceivedEvent<BaseNopModel> eventMessage)
    {
        if (!NopWebModel.Is(eventMessage.Model, CatalogSettingsModelTypeName))
            return;

        var request = _httpContextAccessor.HttpContext?.Request;
        if (request?.HasFormContentType != true)
            return;

        // nopCommerce authorises the settings action before model events run; checked again because the default moves every product.
        if (!await _permissionService.AuthorizeAsync(StandardPermission.Configuration.MANAGE_SETTINGS))
            return;

        var result = DefaultPolicyForm.Parse(await PostedForm.ReadAsync(request));
        foreach (var (field, error) in result.Errors)
            eventMessage.ModelState.AddModelError(field, error);

        if (result.Choice is not { } choice || !eventMessage.ModelState.IsValid)
            return;

        var updated = await _policyService.ChangeDefaultAsync(choice.DefaultPolicy, choice.DefaultLimit);
        if (updated > 0)
        {
            _notificationService.SuccessNotification(string.Format(
                await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Configure.DefaultApplied"), updated));
        }
    }
}
