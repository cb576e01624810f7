using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>Renders the backorder block inside nopCommerce's admin product form (create and edit).</summary>
public class ProductBackorderPolicyViewComponent : NopViewComponent
{
    private readonly BackorderSettings _backorderSettings;
    private readonly IBackorderModelFactory _modelFactory;
    private readonly IBackorderPolicyService _policyService;

    public ProductBackorderPolicyViewComponent(BackorderSettings backorderSettings,
        IBackorderModelFactory modelFactory,
        IBackorderPolicyService policyService)
    {
        _backorderSettings = backorderSettings;
        _modelFactory = modelFactory;
        _policyService = policyService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        // The admin passes its ProductModel (a Nop.Web type): only its Id and BackorderModeId are needed.
        var productId = (additionalData as BaseNopEntityModel)?.Id ?? 0;
        var currentPolicy = NopWebModel.GetInt(additionalData, "BackorderModeId");

        var setting = productId > 0 ? await _policyService.GetProductSettingAsync(productId) : null;
        var usesDefault = productId == 0
            ? EffectivePolicy.NewProductUsesDefault((Nop.Core.Domain.Catalog.BackorderMode)currentPolicy)
            : setting is not { UsesDefaultPolicy: false };

        var model = await _modelFactory.PrepareProductPolicyModelAsync(productId, usesDefault, currentPolicy, setting, _backorderSettings);

        return View(BackordersDefaults.ViewsPath + "ProductBackorderPolicy.cshtml", model);
    }
}
