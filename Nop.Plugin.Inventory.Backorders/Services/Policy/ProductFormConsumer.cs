using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Services.Events;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// Reads the backorder block posted with nopCommerce's product form, before nopCommerce saves the product.
/// The admin ProductModel is a Nop.Web type, so it is recognised by name and its few fields are set by name:
/// nopCommerce's own save then writes the effective policy and the lifted flags.
/// </summary>
public class ProductFormConsumer : IConsumer<ModelReceivedEvent<BaseNopModel>>
{
    public const string ProductModelTypeName = "Nop.Web.Areas.Admin.Models.Catalog.ProductModel";

    /// <summary>A new product's choice waits here until the product is inserted and has an id.</summary>
    public const string PendingChoiceKey = "Inventory.Backorders.PendingProductChoice";

    private readonly BackorderSettings _backorderSettings;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IBackorderPolicyService _policyService;

    public ProductFormConsumer(BackorderSettings backorderSettings,
        IHttpContextAccessor httpContextAccessor,
        IBackorderPolicyService policyService)
    {
        _backorderSettings = backorderSettings;
        _httpContextAccessor = httpContextAccessor;
        _policyService = policyService;
    }

    public async Task HandleEventAsync(ModelReceivedEvent<BaseNopModel> eventMessage)
    {
        var model = eventMessage.Model;
        if (!NopWebModel.Is(model, ProductModelTypeName))
            return;

        var httpContext = _httpContextAccessor.HttpContext;
        if (await PostedForm.ReadAsync(httpContext?.Request) is not { } posted)
            return;

        var result = ProductPolicyForm.Parse(posted);
        foreach (var (field, error) in result.Errors)
            eventMessage.ModelState.AddModelError(field, error);

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

        var effective = EffectivePolicy.ForProduct(choice.UsesDefault, choice.OwnPolicy ?? defaultMode, defaultMode);
        if (!eventMessage.ModelState.IsValid)
        {
            // nopCommerce will show the form again without saving the product: keep the choice on the form, record nothing.
            NopWebModel.Set(model, "BackorderModeId", (int)effective);
            return;
        }

        var currentPolicy = (BackorderMode)NopWebModel.GetInt(model, "BackorderModeId");
        var (policy, lift) = await _policyService.SaveProductChoiceAsync(productId, choice, currentPolicy, defaultMode);

        NopWebModel.Set(model, "BackorderModeId", (int)policy);
        if (lift.HasFlag(LowStockFlags.BuyButtonDisabled))
        {
            NopWebModel.Set(model, "DisableBuyButton", false);
            NopWebModel.Set(model, "DisableWishlistButton", false);
        }

        if (lift.HasFlag(LowStockFlags.Unpublished))
            NopWebModel.Set(model, "Published", true);
    }
}
