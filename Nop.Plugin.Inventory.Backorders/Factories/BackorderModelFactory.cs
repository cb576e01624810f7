using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Services.Localization;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Factories;

public class BackorderModelFactory : IBackorderModelFactory
{
    private readonly ILocalizationService _localizationService;

    public BackorderModelFactory(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    public async Task<IList<SelectListItem>> PreparePolicyOptionsAsync(BackorderMode selected)
    {
        // Listed in the merchant's order: the two "yes" choices first.
        var options = new[] { BackorderMode.AllowQtyBelow0AndNotifyCustomer, BackorderMode.AllowQtyBelow0, BackorderMode.NoBackorders };
        var items = new List<SelectListItem>();
        foreach (var mode in options)
        {
            items.Add(new SelectListItem
            {
                Value = ((int)mode).ToString(),
                Text = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Policy." + mode),
                Selected = mode == selected
            });
        }

        return items;
    }

    public async Task<ConfigurationModel> PrepareConfigurationModelAsync(BackorderSettings settings)
    {
        return new ConfigurationModel
        {
            DefaultBackorderModeId = (int)settings.DefaultBackorderMode,
            AvailableBackorderModes = await PreparePolicyOptionsAsync(settings.DefaultBackorderMode),
            DefaultBackorderLimit = settings.DefaultBackorderLimit,
            KeepBackorderRecordsOnUninstall = settings.KeepBackorderRecordsOnUninstall
        };
    }

    public async Task<ProductBackorderPolicyModel> PrepareProductPolicyModelAsync(int productId, bool usesDefault, int currentPolicyId,
        Domain.ProductBackorderSetting setting, BackorderSettings settings)
    {
        var ownPolicy = usesDefault ? settings.DefaultBackorderMode : (BackorderMode)currentPolicyId;
        return new ProductBackorderPolicyModel
        {
            ProductId = productId,
            UsesDefault = usesDefault,
            OwnBackorderModeId = (int)ownPolicy,
            DefaultBackorderModeId = (int)settings.DefaultBackorderMode,
            DefaultPolicyText = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Policy." + settings.DefaultBackorderMode),
            AvailablePolicies = await PreparePolicyOptionsAsync(ownPolicy),
            BackorderLimit = setting?.BackorderLimit,
            DefaultBackorderLimit = settings.DefaultBackorderLimit,
            ExpectedRestockDate = setting?.ExpectedRestockDateUtc?.ToString(ProductPolicyForm.DateFormat, System.Globalization.CultureInfo.InvariantCulture)
        };
    }
}
