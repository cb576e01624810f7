using System.Text;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Inventory.Backorders.Controllers;

/// <summary>
/// The open-backorders page under Sales: the ledger's lines with their filters, totals per product and a CSV export.
/// Guarded like nopCommerce's order list (orders view; the export like nopCommerce's order export); a vendor sees the
/// lines of its own products only (the factory sets the vendor from the signed-in account, never from the request).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class OpenBackordersController : BasePluginController
{
    private readonly IBackordersInstalled _installed;
    private readonly IOpenBackordersModelFactory _modelFactory;

    public OpenBackordersController(IBackordersInstalled installed, IOpenBackordersModelFactory modelFactory)
    {
        _installed = installed;
        _modelFactory = modelFactory;
    }

    [CheckPermission(StandardPermission.Orders.ORDERS_VIEW)]
    public async Task<IActionResult> List()
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        var model = await _modelFactory.PrepareSearchModelAsync(new OpenBackordersSearchModel());
        return View(BackordersDefaults.ViewsPath + "OpenBackorders.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_VIEW)]
    public async Task<IActionResult> List(OpenBackordersSearchModel searchModel)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        return Json(await _modelFactory.PrepareListModelAsync(searchModel));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_VIEW)]
    public async Task<IActionResult> Totals(OpenBackordersSearchModel searchModel)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        return Json(await _modelFactory.PrepareTotalsListModelAsync(searchModel));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_IMPORT_EXPORT)]
    public async Task<IActionResult> ExportCsv(OpenBackordersSearchModel searchModel)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        // The list streams from the database in batches; the file is built in memory like nopCommerce's own exports.
        var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true))
            await _modelFactory.WriteCsvAsync(searchModel, writer);
        stream.Position = 0;

        return File(stream, "text/csv", $"open-backorders-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv");
    }
}
