using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>Renders the store-wide backorder default inside nopCommerce's catalog settings form.</summary>
public class CatalogSettingsBackorderViewComponent : NopViewComponent
{
    private readonly BackorderSettings _backorderSettings;
    private readonly IBackorderModelFactory _modelFactory;

    public CatalogSettingsBackorderViewComponent(BackorderSettings backorderSettings, IBackorderModelFactory modelFactory)
    {
        _backorderSettings = backorderSettings;
        _modelFactory = modelFactory;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var model = await _modelFactory.PrepareCatalogSettingsModelAsync(_backorderSettings);
        return View(BackordersDefaults.ViewsPath + "CatalogSettingsBackorder.cshtml", model);
    }
}
