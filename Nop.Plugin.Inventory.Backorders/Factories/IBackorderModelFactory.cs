using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Models;

namespace Nop.Plugin.Inventory.Backorders.Factories;

public interface IBackorderModelFactory
{
    Task<IList<SelectListItem>> PreparePolicyOptionsAsync(BackorderMode selected);

    Task<ConfigurationModel> PrepareConfigurationModelAsync(BackorderSettings settings);

    /// <summary>The configure page shown again after a refused save, with the posted values.</summary>
    Task<ConfigurationModel> PrepareRedisplayedConfigurationModelAsync(ConfigurationModel posted);

    Task<CatalogSettingsBackorderModel> PrepareCatalogSettingsModelAsync(BackorderSettings settings);

    Task<ProductBackorderPolicyModel> PrepareProductPolicyModelAsync(int productId, bool usesDefault, int currentPolicyId,
        Domain.ProductBackorderSetting setting, BackorderSettings settings);

    CombinationBackorderModel PrepareCombinationModel(bool followsProduct, BackorderMode productPolicy);
}
