using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Services.Rules;
using Nop.Services.Events;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Services;

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
        if (model?.GetType().FullName != CombinationModelTypeName)
            return;

        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext?.Request.HasFormContentType != true)
            return;

        var form = await httpContext.Request.ReadFormAsync();
        if (CombinationPolicyForm.Parse(key => form.TryGetValue(key, out var value) ? value.ToString() : null) is not { } follows)
            return;

        var combinationId = (model as BaseNopEntityModel)?.Id ?? 0;
        var productId = model.GetType().GetProperty("ProductId")?.GetValue(model) as int? ?? 0;
        var product = await _productRepository.GetByIdAsync(productId);
        if (product is null)
            return;

        if (follows)
            model.GetType().GetProperty("AllowOutOfStockOrders")?.SetValue(model, EffectivePolicy.CombinationAllowsOutOfStockOrders(product.BackorderMode));

        if (combinationId == 0)
            httpContext.Items[PendingChoiceKey] = follows;
        else if (eventMessage.ModelState.IsValid)
            await _policyService.SaveCombinationChoiceAsync(combinationId, productId, follows);
    }
}
