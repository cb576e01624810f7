using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// Keeps nopCommerce's Product.BackorderModeId equal to each product's effective policy: its own choice, or the
/// store-wide default it follows.
/// </summary>
public interface IBackorderPolicyService
{
    Task<ProductBackorderSetting> GetProductSettingAsync(int productId);

    /// <summary>
    /// The records of many products at once (e.g. a catalog page), keyed by product id; products without a record
    /// (they follow the default) are absent. One query per <see cref="BackorderPolicyService.IdsPerQuery"/> ids.
    /// </summary>
    Task<IDictionary<int, ProductBackorderSetting>> GetProductSettingsAsync(IReadOnlyCollection<int> productIds);

    /// <summary>A product without a record follows the default.</summary>
    Task<bool> UsesDefaultAsync(int productId);

    /// <summary>Sets a product's own policy, or (<paramref name="ownPolicy"/> null) makes it follow the default again.</summary>
    Task SetProductPolicyAsync(Product product, BackorderMode? ownPolicy, BackorderMode defaultMode);

    /// <summary>
    /// Records the merchant's choice from the product form for a product about to be saved by nopCommerce and returns
    /// the policy the product must carry and the low-stock flags to lift; nopCommerce's own save writes them.
    /// </summary>
    Task<(BackorderMode Policy, LowStockFlags Lift)> SaveProductChoiceAsync(int productId, ProductPolicyChoice choice,
        BackorderMode currentPolicy, BackorderMode defaultMode);

    /// <summary>
    /// Saves a new store-wide default (policy and limit) and, when the policy changed, applies it to every product that
    /// follows it. Returns how many products changed.
    /// </summary>
    Task<int> ChangeDefaultAsync(BackorderMode newDefault, int newDefaultLimit);

    /// <summary>A combination without a record of its own follows its product's policy.</summary>
    Task<bool> CombinationFollowsProductAsync(int combinationId);

    /// <summary>Records whether a combination follows its product's policy or keeps the value set on it.</summary>
    Task SaveCombinationChoiceAsync(int combinationId, int productId, bool followsProduct);

    /// <summary>Gives every product that follows the default the new default, in batches; returns how many products changed.</summary>
    Task<int> ApplyDefaultAsync(BackorderMode oldDefault, BackorderMode newDefault, IProgress<int> productsUpdated = null,
        CancellationToken cancellationToken = default);

    /// <summary>A product created elsewhere (admin, import, copy, API): classified by <see cref="EffectivePolicy.NewProductUsesDefault"/>.</summary>
    Task ClassifyNewProductAsync(Product product, BackorderMode defaultMode);

    /// <summary>At install: records which existing products chose their own policy and which low-stock flags the activity set.</summary>
    Task RecordExistingProductsAsync(BackorderMode defaultMode);
}
