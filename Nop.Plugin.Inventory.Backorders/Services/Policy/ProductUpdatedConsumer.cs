using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// Every product update. When nopCommerce saves the product whose form was posted in this request, the merchant's
/// choice is recorded (once: ProductController.Edit updates products several times, and other products too). Any other
/// update may come from outside the plugin (XLSX import, Web API, another plugin): see <see cref="OutsideChange"/>.
/// </summary>
public class ProductUpdatedConsumer : IConsumer<EntityUpdatedEvent<Product>>
{
    private readonly BackorderSettings _backorderSettings;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IBackorderPolicyService _policyService;
    private readonly IBackordersInstalled _installed;

    public ProductUpdatedConsumer(BackorderSettings backorderSettings,
        IHttpContextAccessor httpContextAccessor,
        IBackorderPolicyService policyService,
        IBackordersInstalled installed)
    {
        _installed = installed;
        _backorderSettings = backorderSettings;
        _httpContextAccessor = httpContextAccessor;
        _policyService = policyService;
    }

    public async Task HandleEventAsync(EntityUpdatedEvent<Product> eventMessage)
    {
        // Uninstalled but not yet restarted: the plugin's tables may be gone; nopCommerce works alone.
        if (!await _installed.IsInstalledAsync())
            return;

        var product = eventMessage.Entity;
        var defaultMode = _backorderSettings.DefaultBackorderMode;

        var items = _httpContextAccessor.HttpContext?.Items;
        if (items?.TryGetValue(ProductFormConsumer.PendingPlanKey, out var pending) == true && pending is ProductChoicePlan plan
            && plan.ProductId == product.Id)
        {
            items.Remove(ProductFormConsumer.PendingPlanKey);
            await _policyService.SaveProductChoiceAsync(plan.ProductId, plan.Choice, plan.CurrentPolicy, defaultMode);
            return;
        }

        // A copy in the making has no record yet; it gets the source's when the copy is complete.
        if (ProductCopy.IsInProgress(product.Id))
            return;

        await _policyService.AdoptOutsideChangeAsync(product, defaultMode);
    }
}
