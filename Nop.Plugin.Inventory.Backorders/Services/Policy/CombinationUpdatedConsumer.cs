using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>Records the combination form's choice when nopCommerce saves that combination (and only then).</summary>
public class CombinationUpdatedConsumer : IConsumer<EntityUpdatedEvent<ProductAttributeCombination>>
{
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IBackorderPolicyService _policyService;
    private readonly IBackordersInstalled _installed;

    public CombinationUpdatedConsumer(IHttpContextAccessor httpContextAccessor, IBackorderPolicyService policyService,
        IBackordersInstalled installed)
    {
        _installed = installed;
        _httpContextAccessor = httpContextAccessor;
        _policyService = policyService;
    }

    public async Task HandleEventAsync(EntityUpdatedEvent<ProductAttributeCombination> eventMessage)
    {
        // Uninstalled but not yet restarted: the plugin's tables may be gone; nopCommerce works alone.
        if (!await _installed.IsInstalledAsync())
            return;

        var combination = eventMessage.Entity;
        var items = _httpContextAccessor.HttpContext?.Items;
        if (items?.TryGetValue(CombinationFormConsumer.PendingChoiceKey, out var pending) != true
            || pending is not CombinationChoice choice || choice.CombinationId != combination.Id || combination.Id == 0)
            return;

        items.Remove(CombinationFormConsumer.PendingChoiceKey);
        await _policyService.SaveCombinationChoiceAsync(combination.Id, combination.ProductId, choice.FollowsProduct);
    }
}
