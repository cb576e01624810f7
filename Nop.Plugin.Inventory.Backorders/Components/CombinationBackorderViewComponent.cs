using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Components;

/// <summary>Renders "follow the product's backorder policy" inside nopCommerce's attribute combination form.</summary>
public class CombinationBackorderViewComponent : NopViewComponent
{
    private readonly IBackorderModelFactory _modelFactory;
    private readonly IBackorderPolicyService _policyService;
    private readonly IRepository<Product> _productRepository;

    public CombinationBackorderViewComponent(IBackorderModelFactory modelFactory,
        IBackorderPolicyService policyService,
        IRepository<Product> productRepository)
    {
        _modelFactory = modelFactory;
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

        var followsProduct = combinationId == 0 || await _policyService.CombinationFollowsProductAsync(combinationId);
        var model = _modelFactory.PrepareCombinationModel(followsProduct, product.BackorderMode);

        return View(BackordersDefaults.ViewsPath + "CombinationBackorder.cshtml", model);
    }
}
