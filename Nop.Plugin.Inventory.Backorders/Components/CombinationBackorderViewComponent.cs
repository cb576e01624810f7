using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Services.Localization;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>Renders "follow the product's backorder policy" inside nopCommerce's attribute combination form.</summary>
public class CombinationBackorderViewComponent : NopViewComponent
{
    private readonly ILocalizationService _localizationService;
    private readonly IBackorderPolicyService _policyService;
    private readonly IRepository<Product> _productRepository;

    public CombinationBackorderViewComponent(ILocalizationService localizationService,
        IBackorderPolicyService policyService,
        IRepository<Product> productRepository)
    {
        _localizationService = localizationService;
        _policyService = policyService;
        _productRepository = productRepository;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        // The admin passes its ProductAttributeCombinationModel (a Nop.Web type): only Id and ProductId are needed.
        var combinationId = (additionalData as BaseNopEntityModel)?.Id ?? 0;
        var productId = NopWebModel.GetInt(additionalData, "ProductId");
        var product = await _productRepository.GetByIdAsync(productId);
        if (product is null)
            return Content(string.Empty);

        var model = new CombinationBackorderModel
        {
            FollowsProduct = combinationId == 0 || await _policyService.CombinationFollowsProductAsync(combinationId),
            ImpliedAllowOutOfStockOrders = EffectivePolicy.CombinationAllowsOutOfStockOrders(product.BackorderMode),
            ProductPolicyText = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Policy." + product.BackorderMode)
        };

        return View(BackordersDefaults.ViewsPath + "CombinationBackorder.cshtml", model);
    }
}
