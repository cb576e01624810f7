using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Services.Events;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// Reads the plugin's box on nopCommerce's attribute combination form: a combination that follows its product gets the
/// "allow out of stock orders" its product's policy implies; otherwise the value set on the combination is kept.
/// </summary>
public class CombinationFormConsumer : IConsumer<ModelReceivedEvent<BaseNopModel>>
{
    public const string CombinationModelTypeName = "Nop.Web.Areas.Admin.Models.Catalog.ProductAttributeCombinationModel";

    /// <summary>A new combination's choice waits here until it is inserted and has an id.</summary>
    public const string PendingChoiceKey = "Inventory.Backorders.PendingCombinationFollows";

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IBackorderPolicyService _policyService;
    private readonly IRepository<Product> _productRepository;

    public CombinationFormConsumer(IHttpContextAccessor httpContextAccessor,
        IBackorderPolicyService policyService,
        IRepository<Product> productRepository)
    {
        _httpContextAccessor = httpContextAccessor;
        _policyService = policyService;
        _productRepository = productRepository;
    }

    public async Task HandleEventAsync(ModelReceivedEvent<BaseNopModel> eventMessage)
    {
        var model = eventMessage.Model;
        if (!NopWebModel.Is(model, CombinationModelTypeName))
            return;

        var httpContext = _httpContextAccessor.HttpContext;
        if (await PostedForm.ReadAsync(httpContext?.Request) is not { } field || CombinationPolicyForm.Parse(field) is not { } follows)
            return;

        var combinationId = (model as BaseNopEntityModel)?.Id ?? 0;
        var productId = NopWebModel.GetInt(model, "ProductId");
        var product = await _productRepository.GetByIdAsync(productId);
        if (product is null)
            return;

        if (follows)
            NopWebModel.Set(model, "AllowOutOfStockOrders", EffectivePolicy.CombinationAllowsOutOfStockOrders(product.BackorderMode));

        if (combinationId == 0)
            httpContext.Items[PendingChoiceKey] = follows;
        else if (eventMessage.ModelState.IsValid)
            await _policyService.SaveCombinationChoiceAsync(combinationId, productId, follows);
    }
}
