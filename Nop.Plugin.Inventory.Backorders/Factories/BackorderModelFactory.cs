using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Services.Localization;
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
            KeepBackorderRecordsOnUninstall = settings.KeepBackorderRecordsOnUninstall,
            NotifyStoreOwnerOfBackorderedOrders = settings.NotifyStoreOwnerOfBackorderedOrders,
            NotifyCustomerWhenBackordersFilled = settings.NotifyCustomerWhenBackordersFilled
        };
    }

    public async Task<CatalogSettingsBackorderModel> PrepareCatalogSettingsModelAsync(BackorderSettings settings)
    {
        return new CatalogSettingsBackorderModel
        {
            Backorders = new DefaultBackorderFieldsModel
            {
                DefaultBackorderModeId = (int)settings.DefaultBackorderMode,
                DefaultBackorderLimit = settings.DefaultBackorderLimit
            },
            AvailableBackorderModes = await PreparePolicyOptionsAsync(settings.DefaultBackorderMode)
        };
    }

    public async Task<ProductBackorderPolicyModel> PrepareProductPolicyModelAsync(int productId, bool usesDefault, int currentPolicyId,
        Domain.ProductBackorderSetting setting, BackorderSettings settings)
    {
        var ownPolicy = usesDefault ? settings.DefaultBackorderMode : (BackorderMode)currentPolicyId;
        var placeholder = settings.DefaultBackorderLimit == 0
            ? await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Fields.BackorderLimit.DefaultUnlimited")
            : string.Format(await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Fields.BackorderLimit.Default"), settings.DefaultBackorderLimit);

        return new ProductBackorderPolicyModel
        {
            ProductId = productId,
            Backorders = new ProductBackorderFieldsModel
            {
                UseDefault = usesDefault,
                BackorderModeId = (int)ownPolicy,
                BackorderLimit = setting?.BackorderLimit,
                // A date that has passed is not offered again: the form would refuse it on the next save.
                ExpectedRestockDate = RestockDate.ToShow(setting?.ExpectedRestockDateUtc, DateTime.UtcNow)?.Date
            },
            DefaultBackorderModeId = (int)settings.DefaultBackorderMode,
            DefaultLimitPlaceholder = placeholder,
            AvailablePolicies = await PreparePolicyOptionsAsync(ownPolicy)
        };
    }

    public CombinationBackorderModel PrepareCombinationModel(bool followsProduct, BackorderMode productPolicy)
    {
        return new CombinationBackorderModel
        {
            Backorders = new CombinationBackorderFieldsModel { CombinationFollowsProduct = followsProduct },
            ImpliedAllowOutOfStockOrders = EffectivePolicy.CombinationAllowsOutOfStockOrders(productPolicy)
        };
    }
}
