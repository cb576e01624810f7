using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Core.Domain.Vendors;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Inventory.Backorders.Controllers;

/// <summary>
/// "Import stock (CSV)" and "Export stock (CSV)": the page, the upload (queued as a background job), the job's page and
/// status endpoint (polled while it runs), the report download and the export. Same
/// permission as nopCommerce's product import and export; a vendor imports and exports only its own products, and only
/// when vendors may import products.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class ImportController : BasePluginController
{
    private readonly IBackorderExportService _exportService;
    private readonly IStockImportJobService _jobService;
    private readonly IBackordersInstalled _installed;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly VendorSettings _vendorSettings;
    private readonly IWorkContext _workContext;

    public ImportController(IBackorderExportService exportService,
        IStockImportJobService jobService,
        IBackordersInstalled installed,
        ILocalizationService localizationService,
        INotificationService notificationService,
        VendorSettings vendorSettings,
        IWorkContext workContext)
    {
        _exportService = exportService;
        _jobService = jobService;
        _installed = installed;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _vendorSettings = vendorSettings;
        _workContext = workContext;
    }

    private Task<string> TextAsync(string key) => _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + key);

    /// <summary>The vendor's Id (0: not a vendor), or null when the vendor may not import.</summary>
    private async Task<int?> VendorIdAsync(bool importing)
    {
        var vendor = await _workContext.GetCurrentVendorAsync();
        if (vendor is null)
            return 0;
        return importing && !_vendorSettings.AllowVendorsToImportProducts ? null : vendor.Id;
    }

    private async Task<StockImportModel> NewModelAsync(ImportMode mode = ImportMode.ValidateOnly)
    {
        var model = new StockImportModel { Mode = (int)mode };
        foreach (var value in Enum.GetValues<ImportMode>())
        {
            model.AvailableModes.Add(new SelectListItem(await TextAsync("Import.Mode." + value), ((int)value).ToString(CultureInfo.InvariantCulture),
                value == mode));
        }

        return model;
    }

    [CheckPermission(StandardPermission.Catalog.PRODUCTS_IMPORT_EXPORT)]
    public async Task<IActionResult> Index()
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();
        if (await VendorIdAsync(importing: true) is null)
            return AccessDeniedView();

        return View(BackordersDefaults.ViewsPath + "Import/Index.cshtml", await NewModelAsync());
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Catalog.PRODUCTS_IMPORT_EXPORT)]
    public async Task<IActionResult> Index(StockImportModel model, IFormFile importFile)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();
        if (await VendorIdAsync(importing: true) is not { } vendorId)
            return AccessDeniedView();

        var mode = Enum.IsDefined(typeof(ImportMode), model.Mode) ? (ImportMode)model.Mode : ImportMode.ValidateOnly;
        var page = await NewModelAsync(mode);
        if (importFile is null || importFile.Length == 0)
        {
            _notificationService.ErrorNotification(await TextAsync("Import.NoFile"));
            return View(BackordersDefaults.ViewsPath + "Import/Index.cshtml", page);
        }

        // The import runs in the background: the upload is kept and queued, and the job's page follows it.
        var customer = await _workContext.GetCurrentCustomerAsync();
        StockImportJob job;
        await using (var stream = importFile.OpenReadStream())
            job = await _jobService.QueueAsync(stream, importFile.FileName, mode, vendorId, customer?.Id ?? 0, HttpContext.RequestAborted);

        return RedirectToAction(nameof(Job), new { id = job.Id });
    }

    /// <summary>The job, when this admin may see it: its own vendor's, or any for an admin who is not a vendor.</summary>
    private async Task<StockImportJob> VisibleJobAsync(int id)
    {
        if (id <= 0 || await VendorIdAsync(importing: true) is not { } vendorId)
            return null;
        var job = await _jobService.GetJobAsync(id);
        return job is not null && (vendorId == 0 || job.VendorId == vendorId) ? job : null;
    }

    [CheckPermission(StandardPermission.Catalog.PRODUCTS_IMPORT_EXPORT)]
    public async Task<IActionResult> Job(int id)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();
        if (await VisibleJobAsync(id) is not { } job)
            return RedirectToAction(nameof(Index));

        var page = await NewModelAsync((ImportMode)job.ModeId);
        var status = (StockImportJobStatus)job.StatusId;
        page.JobId = job.Id;
        page.FileName = job.FileName;
        page.Status = await TextAsync("Import.Job.Status." + status);
        page.InProgress = status is StockImportJobStatus.Queued or StockImportJobStatus.Running;
        page.Interrupted = status == StockImportJobStatus.Interrupted;
        page.HasResult = !page.InProgress;
        page.Summary = await SummaryAsync(job);
        if (page.InProgress)
            return View(BackordersDefaults.ViewsPath + "Import/Index.cshtml", page);

        page.NothingWritten = !job.Applied;
        const int shown = 200;
        var count = 0;
        foreach (var issue in StockImportReport.Read(job.Report))
        {
            if (count++ < shown)
                page.Issues.Add(issue);
        }

        page.MoreIssues = Math.Max(0, count - shown);
        return View(BackordersDefaults.ViewsPath + "Import/Index.cshtml", page);
    }

    private async Task<string> SummaryAsync(StockImportJob job)
    {
        var end = job.FinishedOnUtc ?? DateTime.UtcNow;
        var taken = job.StartedOnUtc is { } started ? end - started : TimeSpan.Zero;
        return string.Format(CultureInfo.CurrentCulture, await TextAsync("Import.Summary"), job.RowsRead, job.Changed, job.Unchanged,
            job.Failed, job.Skipped, taken.ToString(@"hh\:mm\:ss\.f", CultureInfo.InvariantCulture));
    }

    /// <summary>The job's progress for the page's polling (JSON).</summary>
    [CheckPermission(StandardPermission.Catalog.PRODUCTS_IMPORT_EXPORT)]
    public async Task<IActionResult> Status(int id)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();
        if (await VisibleJobAsync(id) is not { } job)
            return NotFound();

        var status = (StockImportJobStatus)job.StatusId;
        return Json(new
        {
            id = job.Id,
            status = status.ToString(),
            statusText = await TextAsync("Import.Job.Status." + status),
            finished = status is not (StockImportJobStatus.Queued or StockImportJobStatus.Running),
            rowsRead = job.RowsRead,
            changed = job.Changed,
            unchanged = job.Unchanged,
            failed = job.Failed,
            skipped = job.Skipped,
            summary = await SummaryAsync(job)
        });
    }

    [CheckPermission(StandardPermission.Catalog.PRODUCTS_IMPORT_EXPORT)]
    public async Task<IActionResult> Report(int id)
    {
        if (await VisibleJobAsync(id) is not { Report: not null } job)
        {
            _notificationService.ErrorNotification(await TextAsync("Import.ReportExpired"));
            return RedirectToAction(nameof(Index));
        }

        // UTF-8 with a byte-order mark, so spreadsheets read it as UTF-8.
        return File([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(job.Report)], "text/csv", "stock-import-report.csv");
    }

    [CheckPermission(StandardPermission.Catalog.PRODUCTS_IMPORT_EXPORT)]
    public async Task<IActionResult> Export()
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();
        var vendorId = await VendorIdAsync(importing: false) ?? 0;

        // Spooled to a temporary file (deleted when the response is sent), never the whole catalog in memory.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        await _exportService.ExportAsync(file, null, vendorId, HttpContext.RequestAborted);
        file.Seek(0, SeekOrigin.Begin);
        return File(file, "text/csv", $"stock-{DateTime.UtcNow:yyyy-MM-dd}.csv");
    }
}
