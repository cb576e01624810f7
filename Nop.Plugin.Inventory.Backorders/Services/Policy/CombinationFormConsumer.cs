using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Services.Events;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>Whether the combination posted with nopCommerce's combination form (0: a new one) follows its product.</summary>
public readonly record struct CombinationChoice(int CombinationId, bool FollowsProduct);

/// <summary>
/// Reads the plugin's box on nopCommerce's attribute combination form: a combination that follows its product gets the
/// "allow out of stock orders" its product's policy implies; otherwise the value set on the combination is kept.
/// The model event fires before nopCommerce's checks, so the choice is only remembered here and recorded when
/// nopCommerce saves the combination (<see cref="CombinationInsertedConsumer"/>, <see cref="CombinationUpdatedConsumer"/>).
/// </summary>
public class CombinationFormConsumer : IConsumer<ModelReceivedEvent<BaseNopModel>>
{
    public const string CombinationModelTypeName = "Nop.Web.Areas.Admin.Models.Catalog.ProductAttributeCombinationModel";

    /// <summary>The posted <see cref="CombinationChoice"/> waits here until nopCommerce saves the combination.</summary>
    public const string PendingChoiceKey = "Inventory.Backorders.PendingCombinationFollows";

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IRepository<ProductAttributeCombination> _combinationRepository;
    private readonly IRepository<Product> _productRepository;
    private readonly IBackordersInstalled _installed;

    public CombinationFormConsumer(IHttpContextAccessor httpContextAccessor,
        IRepository<ProductAttributeCombination> combinationRepository,
        IRepository<Product> productRepository,
        IBackordersInstalled installed)
    {
        _installed = installed;
        _httpContextAccessor = httpContextAccessor;
        _combinationRepository = combinationRepository;
        _productRepository = productRepository;
    }

    public async Task HandleEventAsync(ModelReceivedEvent<BaseNopModel> eventMessage)
    {
        // Uninstalled but not yet restarted: the plugin's tables may be gone; nopCommerce works alone.
        if (!await _installed.IsInstalledAsync())
            return;

        var model = eventMessage.Model;
        if (!NopWebModel.Is(model, CombinationModelTypeName))
            return;

        var httpContext = _httpContextAccessor.HttpContext;
        if (await PostedForm.ReadAsync(httpContext?.Request) is not { } field || CombinationPolicyForm.Parse(field) is not { } follows)
            return;

        // nopCommerce takes an existing combination's product from the stored combination (never from the post), a new one's from the model.
        var combinationId = (model as BaseNopEntityModel)?.Id ?? 0;
        var productId = combinationId == 0
            ? NopWebModel.GetInt(model, "ProductId")
            : (await _combinationRepository.GetByIdAsync(combinationId))?.ProductId ?? 0;
        if (await _productRepository.GetByIdAsync(productId) is not { } product)
            return;

        if (follows)
            NopWebModel.Set(model, "AllowOutOfStockOrders", EffectivePolicy.CombinationAllowsOutOfStockOrders(product.BackorderMode));

        httpContext.Items[PendingChoiceKey] = new CombinationChoice(combinationId, follows);
    }
}
