using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Services.Localization;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Factories;

public class BackorderModelFactory : IBackorderModelFactory
{
    private readonly ILocalizationService _localizationService;
    private readonly IEnumerable<IDocumentTokenProvider> _tokenProviders;

    public BackorderModelFactory(ILocalizationService localizationService, IEnumerable<IDocumentTokenProvider> tokenProviders)
    {
        _localizationService = localizationService;
        _tokenProviders = tokenProviders ?? [];
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
            NotifyCustomerWhenBackordersFilled = settings.NotifyCustomerWhenBackordersFilled,
            InvoiceColumns = await PrepareColumnsAsync(DocumentSettingsForm.Positions(settings.InvoiceColumns)),
            PackagingSlipColumns = await PrepareColumnsAsync(DocumentSettingsForm.Positions(settings.PackagingSlipColumns)),
            RenameQuantityToQuantityOrdered = settings.RenameQuantityToQuantityOrdered,
            PickListBackorderMessage = settings.PickListBackorderMessage,
            PickListInStockMessage = settings.PickListInStockMessage,
            PickListMessageOnlyForBackorderedLines = settings.PickListMessageOnlyForBackorderedLines,
            PickListGrouping = settings.PickListGrouping.ToString(),
            AvailablePickListGroupings = await PrepareGroupingsAsync(settings.PickListGrouping.ToString()),
            AvailableTokens = AvailableTokens()
        };
    }

    public async Task<ConfigurationModel> PrepareRedisplayedConfigurationModelAsync(ConfigurationModel posted)
    {
        // What the merchant typed, put back (a refused template is corrected, not retyped), with the page's lists rebuilt.
        return posted with
        {
            AvailableBackorderModes = await PreparePolicyOptionsAsync((BackorderMode)posted.DefaultBackorderModeId),
            InvoiceColumns = await PrepareColumnsAsync(PostedPositions(posted.InvoiceColumns)),
            PackagingSlipColumns = await PrepareColumnsAsync(PostedPositions(posted.PackagingSlipColumns)),
            AvailablePickListGroupings = await PrepareGroupingsAsync(posted.PickListGrouping),
            AvailableTokens = AvailableTokens()
        };
    }

    private List<string> AvailableTokens() => DocumentTokens.Known(_tokenProviders).Select(t => "[" + t + "]").ToList();

    // Every column once, in the page's order, with the posted position where one was posted for it (forged rows are dropped).
    private static IReadOnlyList<(DocumentColumn Column, int Position)> PostedPositions(IEnumerable<DocumentColumnPositionModel> posted)
    {
        var positions = new Dictionary<DocumentColumn, int>();
        foreach (var row in posted ?? [])
            if (DocumentLayout.TryName(row?.Column, out DocumentColumn column))
                positions.TryAdd(column, Math.Max(0, row.Position));
        return Enum.GetValues<DocumentColumn>().Select(c => (c, positions.GetValueOrDefault(c))).ToList();
    }

    private async Task<IList<DocumentColumnPositionModel>> PrepareColumnsAsync(IEnumerable<(DocumentColumn Column, int Position)> columns)
    {
        var models = new List<DocumentColumnPositionModel>();
        foreach (var (column, position) in columns)
        {
            models.Add(new DocumentColumnPositionModel
            {
                Column = column.ToString(),
                Name = await _localizationService.GetResourceAsync(DocumentColumnNames.ResourceKey(column)),
                Position = position
            });
        }

        return models;
    }

    private async Task<IList<SelectListItem>> PrepareGroupingsAsync(string selected)
    {
        var items = new List<SelectListItem>();
        foreach (var grouping in Enum.GetValues<PickListGrouping>())
        {
            items.Add(new SelectListItem
            {
                Value = grouping.ToString(),
                Text = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Documents.PickList.Grouping." + grouping),
                Selected = string.Equals(grouping.ToString(), selected, StringComparison.OrdinalIgnoreCase)
            });
        }

        return items;
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
