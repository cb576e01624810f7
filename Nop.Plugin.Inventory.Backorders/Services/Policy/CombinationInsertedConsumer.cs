using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Data;
using Nop.Services.Events;
using Nop.Plugin.Inventory.Backorders.Services;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// New attribute combinations (the form, "generate all combinations", import, API) follow their product's policy,
/// unless the merchant unticked "follow the product" on the form that created it.
/// </summary>
public class CombinationInsertedConsumer : IConsumer<EntityInsertedEvent<ProductAttributeCombination>>
{
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IBackorderPolicyService _policyService;
    private readonly IRepository<ProductAttributeCombination> _combinationRepository;
    private readonly IRepository<Product> _productRepository;
    private readonly IBackordersInstalled _installed;

    public CombinationInsertedConsumer(IHttpContextAccessor httpContextAccessor,
        IBackorderPolicyService policyService,
        IRepository<ProductAttributeCombination> combinationRepository,
        IRepository<Product> productRepository,
        IBackordersInstalled installed)
    {
        _installed = installed;
        _httpContextAccessor = httpContextAccessor;
        _policyService = policyService;
        _combinationRepository = combinationRepository;
        _productRepository = productRepository;
    }

    public async Task HandleEventAsync(EntityInsertedEvent<ProductAttributeCombination> eventMessage)
    {
        // Uninstalled but not yet restarted: the plugin's tables may be gone; nopCommerce works alone.
        if (!await _installed.IsInstalledAsync())
            return;

        var combination = eventMessage.Entity;

        // A product copy's combinations keep their source's value; their records are copied with the product.
        if (ProductCopy.IsInProgress(combination.ProductId))
            return;

        var items = _httpContextAccessor.HttpContext?.Items;
        if (items?.TryGetValue(CombinationFormConsumer.PendingChoiceKey, out var pending) == true
            && pending is CombinationChoice { CombinationId: 0 } choice)
        {
            items.Remove(CombinationFormConsumer.PendingChoiceKey);
            if (!choice.FollowsProduct)
            {
                await _policyService.SaveCombinationChoiceAsync(combination.Id, combination.ProductId, followsProduct: false);
                return;
            }
        }

        var product = await _productRepository.GetByIdAsync(combination.ProductId);
        if (product is null)
            return;

        var allows = EffectivePolicy.CombinationAllowsOutOfStockOrders(product.BackorderMode);
        if (combination.AllowOutOfStockOrders == allows)
            return;

        combination.AllowOutOfStockOrders = allows;
        await _combinationRepository.UpdateAsync(combination);
    }
}
