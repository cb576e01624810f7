using Microsoft.AspNetCore.Http;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// Reads the backorder block posted with nopCommerce's product form. The model event fires before nopCommerce's own
/// checks (deleted product, another vendor's product, stock changed meanwhile, invalid model), so this only parses and
/// remembers the choice: <see cref="ProductUpdatedConsumer"/> and <see cref="ProductInsertedConsumer"/> record it when
/// nopCommerce actually saves the product. The admin ProductModel is a Nop.Web type, recognised by name; its few fields
/// are set here so that nopCommerce's own save writes the effective policy and the lifted flags (if it refuses, nothing is written).
/// </summary>
public class ProductFormConsumer : IConsumer<ModelReceivedEvent<BaseNopModel>>
{
    public const string ProductModelTypeName = "Nop.Web.Areas.Admin.Models.Catalog.ProductModel";

    /// <summary>A new product's choice (<see cref="ProductPolicyChoice"/>) waits here until the product is inserted and has an id.</summary>
    public const string PendingChoiceKey = "Inventory.Backorders.PendingProductChoice";

    /// <summary>An existing product's <see cref="ProductChoicePlan"/> waits here until nopCommerce updates that product.</summary>
    public const string PendingPlanKey = "Inventory.Backorders.PendingProductPlan";

    private readonly BackorderSettings _backorderSettings;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ILocalizationService _localizationService;
    private readonly IBackorderPolicyService _policyService;
    private readonly IBackordersInstalled _installed;

    public ProductFormConsumer(BackorderSettings backorderSettings,
        IHttpContextAccessor httpContextAccessor,
        ILocalizationService localizationService,
        IBackorderPolicyService policyService,
        IBackordersInstalled installed)
    {
        _installed = installed;
        _backorderSettings = backorderSettings;
        _httpContextAccessor = httpContextAccessor;
        _localizationService = localizationService;
        _policyService = policyService;
    }

    public async Task HandleEventAsync(ModelReceivedEvent<BaseNopModel> eventMessage)
    {
        // Uninstalled but not yet restarted: the plugin's tables may be gone; nopCommerce works alone.
        if (!await _installed.IsInstalledAsync())
            return;

        var model = eventMessage.Model;
        if (!NopWebModel.Is(model, ProductModelTypeName))
            return;

        var httpContext = _httpContextAccessor.HttpContext;
        if (await PostedForm.ReadAsync(httpContext?.Request) is not { } posted)
            return;

        var result = ProductPolicyForm.Parse(posted, DateTime.UtcNow.Date);
        await FormError.AddToAsync(eventMessage.ModelState, result.Errors, _localizationService);
        if (result.Choice is not { } choice)
            return;

        var defaultMode = _backorderSettings.DefaultBackorderMode;
        var productId = (model as BaseNopEntityModel)?.Id ?? 0;
        if (productId == 0)
        {
            httpContext.Items[PendingChoiceKey] = choice;
            NopWebModel.Set(model, "BackorderModeId", (int)EffectivePolicy.ForProduct(choice.UsesDefault, choice.OwnPolicy ?? defaultMode, defaultMode));
            return;
        }

        if (await _policyService.PlanProductChoiceAsync(productId, choice, defaultMode) is not { } plan)
            return;

        httpContext.Items[PendingPlanKey] = plan;
        NopWebModel.Set(model, "BackorderModeId", (int)plan.Policy);
        if (plan.Lift.HasFlag(LowStockFlags.BuyButtonDisabled))
        {
            NopWebModel.Set(model, "DisableBuyButton", false);
            NopWebModel.Set(model, "DisableWishlistButton", false);
        }

        if (plan.Lift.HasFlag(LowStockFlags.Unpublished))
            NopWebModel.Set(model, "Published", true);
    }
}
