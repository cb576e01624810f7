using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;

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
    /// Works out, without writing anything, what the product form's choice will do to a stored product (its policy
    /// now, the policy it must carry, the flags to lift); null when the product does not exist or is deleted.
    /// </summary>
    Task<ProductChoicePlan> PlanProductChoiceAsync(int productId, ProductPolicyChoice choice, BackorderMode defaultMode);

    /// <summary>
    /// Records the merchant's choice for a product nopCommerce has just saved (moving the combinations that follow it
    /// when its policy changed from <paramref name="currentPolicy"/>) and returns the policy the product must carry and
    /// the low-stock flags to lift.
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

    /// <summary>
    /// After a write that did not come through the plugin: a product that follows the default but carries another
    /// policy becomes an explicit choice (<see cref="OutsideChange"/>). Returns whether it did.
    /// </summary>
    Task<bool> AdoptOutsideChangeAsync(Product product, BackorderMode defaultMode);

    /// <summary>
    /// Gives a copy of a product the source's record (uses default, limit, restock date; not the low-stock flags) and
    /// records for the copies of the combinations that keep their own value.
    /// </summary>
    Task CopyProductRecordsAsync(int sourceProductId, int copyProductId);

    /// <summary>A product created elsewhere (admin, import, copy, API): classified by <see cref="EffectivePolicy.NewProductUsesDefault"/>.</summary>
    Task ClassifyNewProductAsync(Product product, BackorderMode defaultMode);

    /// <summary>At install: records which existing products chose their own policy and which low-stock flags the activity set.</summary>
    Task RecordExistingProductsAsync(BackorderMode defaultMode);
}
