using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Controllers;

[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class BackordersController : BasePluginController
{
    private readonly IBackorderModelFactory _modelFactory;
    private readonly IBackorderPolicyService _policyService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ISettingService _settingService;

    public BackordersController(IBackorderModelFactory modelFactory,
        IBackorderPolicyService policyService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService)
    {
        _modelFactory = modelFactory;
        _policyService = policyService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
    }

    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    public async Task<IActionResult> Configure()
    {
        var settings = await _settingService.LoadSettingAsync<BackorderSettings>();
        var model = await _modelFactory.PrepareConfigurationModelAsync(settings);

        return View(BackordersDefaults.ViewsPath + "Configure.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        // Messages from the plugin's resources, in the admin's language, naming the field.
        if (!Enum.IsDefined(typeof(BackorderMode), model.DefaultBackorderModeId))
            ModelState.AddModelError(nameof(model.DefaultBackorderModeId),
                await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Configure.UnknownPolicy"));

        if (model.DefaultBackorderLimit < 0)
            ModelState.AddModelError(nameof(model.DefaultBackorderLimit),
                await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Configure.NegativeLimit"));

        if (!ModelState.IsValid)
            return await Configure();

        // The default goes through the policy service, which also moves every product that follows it.
        var updated = await _policyService.ChangeDefaultAsync((BackorderMode)model.DefaultBackorderModeId, model.DefaultBackorderLimit);

        var settings = await _settingService.LoadSettingAsync<BackorderSettings>();
        settings.KeepBackorderRecordsOnUninstall = model.KeepBackorderRecordsOnUninstall;
        settings.NotifyStoreOwnerOfBackorderedOrders = model.NotifyStoreOwnerOfBackorderedOrders;
        settings.NotifyCustomerWhenBackordersFilled = model.NotifyCustomerWhenBackordersFilled;
        await _settingService.SaveSettingAsync(settings);

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Configure.Saved"));
        if (updated > 0)
        {
            _notificationService.SuccessNotification(string.Format(
                await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Configure.DefaultApplied"), updated));
        }

        return await Configure();
    }
}
