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
using Nop.Plugin.Inventory.Backorders.Services.Documents;
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
    private readonly IQuantityHeaderService _quantityHeader;
    private readonly IEnumerable<IDocumentTokenProvider> _tokenProviders;

    public BackordersController(IBackorderModelFactory modelFactory,
        IBackorderPolicyService policyService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService,
        IQuantityHeaderService quantityHeader,
        IEnumerable<IDocumentTokenProvider> tokenProviders)
    {
        _modelFactory = modelFactory;
        _policyService = policyService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
        _quantityHeader = quantityHeader;
        _tokenProviders = tokenProviders ?? [];
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

        // The Documents card: columns and grouping by name, templates against the known tokens.
        var errors = new List<DocumentSettingsError>();
        var tokens = DocumentTokens.Known(_tokenProviders);
        var invoiceColumns = DocumentSettingsForm.Columns(model.InvoiceColumns, nameof(model.InvoiceColumns), errors);
        var slipColumns = DocumentSettingsForm.Columns(model.PackagingSlipColumns, nameof(model.PackagingSlipColumns), errors);
        var grouping = DocumentSettingsForm.Grouping(model.PickListGrouping, nameof(model.PickListGrouping), errors);
        var backorderMessage = DocumentSettingsForm.Template(model.PickListBackorderMessage, nameof(model.PickListBackorderMessage), tokens, errors);
        var inStockMessage = DocumentSettingsForm.Template(model.PickListInStockMessage, nameof(model.PickListInStockMessage), tokens, errors);
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, string.Format(await _localizationService.GetResourceAsync(error.ResourceKey),
                await _localizationService.GetResourceAsync(error.LabelResourceKey), error.OffendingText));
        }

        if (!ModelState.IsValid)
            return View(BackordersDefaults.ViewsPath + "Configure.cshtml", await _modelFactory.PrepareRedisplayedConfigurationModelAsync(model));

        // The default goes through the policy service, which also moves every product that follows it.
        var updated = await _policyService.ChangeDefaultAsync((BackorderMode)model.DefaultBackorderModeId, model.DefaultBackorderLimit);

        var settings = await _settingService.LoadSettingAsync<BackorderSettings>();
        settings.KeepBackorderRecordsOnUninstall = model.KeepBackorderRecordsOnUninstall;
        settings.NotifyStoreOwnerOfBackorderedOrders = model.NotifyStoreOwnerOfBackorderedOrders;
        settings.NotifyCustomerWhenBackordersFilled = model.NotifyCustomerWhenBackordersFilled;
        settings.InvoiceColumns = invoiceColumns ?? settings.InvoiceColumns;
        settings.PackagingSlipColumns = slipColumns ?? settings.PackagingSlipColumns;
        settings.RenameQuantityToQuantityOrdered = model.RenameQuantityToQuantityOrdered;
        settings.PickListBackorderMessage = backorderMessage;
        settings.PickListInStockMessage = inStockMessage;
        settings.PickListMessageOnlyForBackorderedLines = model.PickListMessageOnlyForBackorderedLines;
        settings.PickListGrouping = grouping ?? settings.PickListGrouping;
        await _settingService.SaveSettingAsync(settings);
        await _quantityHeader.ApplyAsync(settings.RenameQuantityToQuantityOrdered);

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Configure.Saved"));
        if (updated > 0)
        {
            _notificationService.SuccessNotification(string.Format(
                await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Configure.DefaultApplied"), updated));
        }

        return await Configure();
    }
}
