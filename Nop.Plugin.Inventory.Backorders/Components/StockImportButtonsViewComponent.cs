using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Services.Security;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>"Import stock (CSV)" and "Export stock (CSV)" beside nopCommerce's own buttons on the product list.</summary>
public class StockImportButtonsViewComponent : NopViewComponent
{
    private readonly IBackordersInstalled _installed;
    private readonly IPermissionService _permissionService;

    public StockImportButtonsViewComponent(IBackordersInstalled installed, IPermissionService permissionService)
    {
        _installed = installed;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (!await _installed.IsInstalledAsync() || !await _permissionService.AuthorizeAsync(StandardPermission.Catalog.PRODUCTS_IMPORT_EXPORT))
            return Content(string.Empty);

        return View(BackordersDefaults.ViewsPath + "StockImportButtons.cshtml");
    }
}
