using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Core.Domain.Vendors;
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
/// "Import stock (CSV)" and "Export stock (CSV)": the page, the upload, the report download and the export. Same
/// permission as nopCommerce's product import and export; a vendor imports and exports only its own products, and only
/// when vendors may import products.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class ImportController : BasePluginController
{
    private const string ReportPrefix = "backorders-stock-import-";

    private readonly IBackorderExportService _exportService;
    private readonly IBackorderImportService _importService;
    private readonly IBackordersInstalled _installed;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly VendorSettings _vendorSettings;
    private readonly IWorkContext _workContext;

    public ImportController(IBackorderExportService exportService,
        IBackorderImportService importService,
        IBackordersInstalled installed,
        ILocalizationService localizationService,
        INotificationService notificationService,
        VendorSettings vendorSettings,
        IWorkContext workContext)
    {
        _exportService = exportService;
        _importService = importService;
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

        ImportResult result;
        await using (var stream = importFile.OpenReadStream())
            result = await _importService.ImportAsync(stream, mode, vendorId, HttpContext.RequestAborted);

        // Messages in the admin's language, built once for the page and the report.
        var messages = new List<(ImportIssue Issue, string Message)>(result.Issues.Count);
        var texts = new Dictionary<string, string>();
        foreach (var issue in result.Issues)
        {
            if (!texts.TryGetValue(issue.ResourceKey, out var text))
                texts[issue.ResourceKey] = text = await _localizationService.GetResourceAsync(issue.ResourceKey);
            messages.Add((issue, string.Format(CultureInfo.CurrentCulture, text, issue.Arguments.ToArray())));
        }

        var reportId = Guid.NewGuid().ToString("N");
        await using (var report = System.IO.File.Create(ReportPath(reportId)))
        {
            await ImportReportWriter.WriteAsync(report, messages, [
                await TextAsync("Import.Line"), await TextAsync("Import.Column"), await TextAsync("Import.Value"),
                await TextAsync("Import.Severity"), await TextAsync("Import.Message")
            ]);
        }

        const int shown = 200;
        page.HasResult = true;
        page.ReportId = reportId;
        page.NothingWritten = !result.Applied;
        page.Summary = string.Format(CultureInfo.CurrentCulture, await TextAsync("Import.Summary"), result.RowsRead, result.Changed, result.Unchanged,
            result.Failed, result.Skipped, result.Duration.ToString(@"hh\:mm\:ss\.f", CultureInfo.InvariantCulture));
        foreach (var (issue, message) in messages.Take(shown))
            page.Issues.Add(new StockImportIssueModel(issue.Line, issue.Column, issue.Value, issue.IsError, message));
        page.MoreIssues = Math.Max(0, result.IssueCount - shown);

        return View(BackordersDefaults.ViewsPath + "Import/Index.cshtml", page);
    }

    private static string ReportPath(string id) => Path.Combine(Path.GetTempPath(), ReportPrefix + id + ".csv");

    [CheckPermission(StandardPermission.Catalog.PRODUCTS_IMPORT_EXPORT)]
    public async Task<IActionResult> Report(string id)
    {
        // Only a Guid names a report: nothing from the request reaches the path otherwise.
        if (!Guid.TryParseExact(id, "N", out var guid) || !System.IO.File.Exists(ReportPath(guid.ToString("N"))))
        {
            _notificationService.ErrorNotification(await TextAsync("Import.ReportExpired"));
            return RedirectToAction(nameof(Index));
        }

        return PhysicalFile(ReportPath(guid.ToString("N")), "text/csv", "stock-import-report.csv");
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
