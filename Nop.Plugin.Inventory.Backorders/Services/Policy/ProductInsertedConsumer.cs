using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>Products created anywhere (admin, import, copy, API) follow the default unless created with a backorder policy.</summary>
public class ProductInsertedConsumer : IConsumer<EntityInsertedEvent<Product>>
{
    private readonly BackorderSettings _backorderSettings;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IBackorderPolicyService _policyService;
    private readonly IBackordersInstalled _installed;

    public ProductInsertedConsumer(BackorderSettings backorderSettings,
        IHttpContextAccessor httpContextAccessor,
        IBackorderPolicyService policyService,
        IBackordersInstalled installed)
    {
        _installed = installed;
        _backorderSettings = backorderSettings;
        _httpContextAccessor = httpContextAccessor;
        _policyService = policyService;
    }

    public async Task HandleEventAsync(EntityInsertedEvent<Product> eventMessage)
    {
        // Uninstalled but not yet restarted: the plugin's tables may be gone; nopCommerce works alone.
        if (!await _installed.IsInstalledAsync())
            return;

        var product = eventMessage.Entity;
        var defaultMode = _backorderSettings.DefaultBackorderMode;

        // A copy carries its source's policy and gets its source's record once the copy is complete.
        if (ProductCopy.Claim(product.Id))
            return;

        // Created in the admin product form: the merchant's choice in the backorder block decides.
        if (_httpContextAccessor.HttpContext?.Items.TryGetValue(ProductFormConsumer.PendingChoiceKey, out var pending) == true
            && pending is ProductPolicyChoice choice)
        {
            _httpContextAccessor.HttpContext.Items.Remove(ProductFormConsumer.PendingChoiceKey);
            await _policyService.SaveProductChoiceAsync(product.Id, choice, product.BackorderMode, defaultMode);
            return;
        }

        await _policyService.ClassifyNewProductAsync(product, defaultMode);
    }
}
