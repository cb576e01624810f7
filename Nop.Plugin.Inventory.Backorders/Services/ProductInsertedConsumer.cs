using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Inventory.Backorders.Services;

/// <summary>Products created anywhere (admin, import, copy, API) follow the default unless created with a backorder policy.</summary>
public class ProductInsertedConsumer : IConsumer<EntityInsertedEvent<Product>>
{
    private readonly BackorderSettings _backorderSettings;
    private readonly IBackorderPolicyService _policyService;

    public ProductInsertedConsumer(BackorderSettings backorderSettings, IBackorderPolicyService policyService)
    {
        _backorderSettings = backorderSettings;
        _policyService = policyService;
    }

    public Task HandleEventAsync(EntityInsertedEvent<Product> eventMessage) =>
        _policyService.ClassifyNewProductAsync(eventMessage.Entity, _backorderSettings.DefaultBackorderMode);
}
