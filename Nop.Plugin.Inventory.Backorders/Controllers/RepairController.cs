using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Repair;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Inventory.Backorders.Controllers;

/// <summary>
/// The stock doctor (Catalog › Stock doctor). Seeing it needs nopCommerce's product-list permission, fixing the
/// product-edit permission; a vendor sees and fixes only its own products, as on nopCommerce's product list.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class RepairController : BasePluginController
{
    private readonly IBackordersInstalled _installed;
    private readonly IStockDoctorService _doctor;
    private readonly ILocalizationService _localizationService;
    private readonly IStockDoctorModelFactory _modelFactory;
    private readonly INotificationService _notificationService;
    private readonly IWorkContext _workContext;

    public RepairController(IBackordersInstalled installed,
        IStockDoctorService doctor,
        ILocalizationService localizationService,
        IStockDoctorModelFactory modelFactory,
        INotificationService notificationService,
        IWorkContext workContext)
    {
        _installed = installed;
        _doctor = doctor;
        _localizationService = localizationService;
        _modelFactory = modelFactory;
        _notificationService = notificationService;
        _workContext = workContext;
    }

    private const string View = BackordersDefaults.ViewsPath + "StockDoctor.cshtml";

    [CheckPermission(StandardPermission.Catalog.PRODUCTS_VIEW)]
    public async Task<IActionResult> StockDoctor(int? reason)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        var shown = reason is { } id && Enum.IsDefined(typeof(StockDoctorReason), id) ? (StockDoctorReason?)id : null;
        var model = await _modelFactory.PrepareModelAsync(await ScopeAsync(), null, shown, dryRun: false);
        return View(View, model);
    }

    /// <summary>The findings grid's page (DataTables posts the reason and its paging).</summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Catalog.PRODUCTS_VIEW)]
    public async Task<IActionResult> Findings(StockDoctorFindingSearchModel searchModel)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        return Json(await _modelFactory.PrepareFindingListModelAsync(searchModel, await ScopeAsync()));
    }

    /// <summary>What "Fix all" would change for the ticked reasons; nothing is written.</summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Catalog.PRODUCTS_VIEW)]
    public async Task<IActionResult> DryRun(int[] fixReasonIds)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        var model = await _modelFactory.PrepareModelAsync(await ScopeAsync(), Reasons(fixReasonIds), null, dryRun: true);
        return View(View, model);
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Catalog.PRODUCTS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> FixSelected(int reasonId, int[] selectedIds)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        if (!Enum.IsDefined(typeof(StockDoctorReason), reasonId))
        {
            _notificationService.ErrorNotification(string.Format(await TextAsync("Doctor.UnknownReason"), reasonId));
            return RedirectToAction(nameof(StockDoctor));
        }

        var reason = (StockDoctorReason)reasonId;
        if (!StockDoctorRules.CanFix(reason))
            _notificationService.WarningNotification(await TextAsync("Doctor.NotFixable"));
        else if (selectedIds is not { Length: > 0 })
            _notificationService.WarningNotification(await TextAsync("Doctor.NothingSelected"));
        else
        {
            var fixedCount = await _doctor.FixSelectedAsync(reason, await ScopeAsync(), selectedIds);
            _notificationService.SuccessNotification(string.Format(await TextAsync("Doctor.Fixed"), fixedCount));
        }

        return RedirectToAction(nameof(StockDoctor), new { reason = reasonId });
    }

    /// <summary>"Fix all": one batch per request, so the page shows progress and no request runs long.</summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Catalog.PRODUCTS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> FixBatch(int reasonId, int afterId)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        if (!Enum.IsDefined(typeof(StockDoctorReason), reasonId))
            return BadRequest(new { error = string.Format(await TextAsync("Doctor.UnknownReason"), reasonId) });

        var batch = await _doctor.FixNextBatchAsync((StockDoctorReason)reasonId, await ScopeAsync(), Math.Max(0, afterId));
        return Json(new { reasonId, @fixed = batch.Fixed, nextAfterId = batch.NextAfterId, done = batch.Done });
    }

    private async Task<StockDoctorScope> ScopeAsync() =>
        await _doctor.GetScopeAsync((await _workContext.GetCurrentVendorAsync())?.Id ?? 0);

    /// <summary>The posted reason ids that name a reason; unknown ones are dropped (the page only posts known ones).</summary>
    private static List<StockDoctorReason> Reasons(int[] ids) =>
        (ids ?? []).Where(id => Enum.IsDefined(typeof(StockDoctorReason), id)).Select(id => (StockDoctorReason)id).ToList();

    private Task<string> TextAsync(string resource) => _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + resource);
}
