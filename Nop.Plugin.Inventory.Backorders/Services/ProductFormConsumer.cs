using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Rules;
using Nop.Services.Events;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Services;

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
        if (model?.GetType().FullName != ProductModelTypeName)
            return;

        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext?.Request.HasFormContentType != true)
            return;

        var form = await httpContext.Request.ReadFormAsync();
        var result = ProductPolicyForm.Parse(key => form.TryGetValue(key, out var value) ? value.ToString() : null);
        foreach (var (field, error) in result.Errors)
            eventMessage.ModelState.AddModelError(field, error);

        if (result.Choice is not { } choice)
            return;

        var defaultMode = _backorderSettings.DefaultBackorderMode;
        var productId = (model as BaseNopEntityModel)?.Id ?? 0;
        if (productId == 0)
        {
            httpContext.Items[PendingChoiceKey] = choice;
            SetProperty(model, "BackorderModeId", (int)EffectivePolicy.ForProduct(choice.UsesDefault, choice.OwnPolicy ?? defaultMode, defaultMode));
            return;
        }

        var effective = EffectivePolicy.ForProduct(choice.UsesDefault, choice.OwnPolicy ?? defaultMode, defaultMode);
        if (!eventMessage.ModelState.IsValid)
        {
            // nopCommerce will show the form again without saving the product: keep the choice on the form, record nothing.
            SetProperty(model, "BackorderModeId", (int)effective);
            return;
        }

        var currentPolicy = (BackorderMode)(GetProperty(model, "BackorderModeId") as int? ?? 0);
        var (policy, lift) = await _policyService.SaveProductChoiceAsync(productId, choice, currentPolicy, defaultMode);

        SetProperty(model, "BackorderModeId", (int)policy);
        if (lift.HasFlag(LowStockFlags.BuyButtonDisabled))
        {
            SetProperty(model, "DisableBuyButton", false);
            SetProperty(model, "DisableWishlistButton", false);
        }

        if (lift.HasFlag(LowStockFlags.Unpublished))
            SetProperty(model, "Published", true);
    }

    private static object GetProperty(object model, string name) => model.GetType().GetProperty(name)?.GetValue(model);

    private static void SetProperty(object model, string name, object value) => model.GetType().GetProperty(name)?.SetValue(model, value);
}
