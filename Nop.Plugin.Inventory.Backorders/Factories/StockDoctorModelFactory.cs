using Nop.Core;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services.Repair;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Inventory.Backorders.Factories;

public interface IStockDoctorModelFactory
{
    /// <summary>
    /// The page for a scope: counts per reason, ticked as <paramref name="ticked"/> says (null: what the doctor fixes by
    /// default); with <paramref name="shown"/>, the grid of its findings; with <paramref name="dryRun"/>, what a fix would change.
    /// </summary>
    Task<StockDoctorModel> PrepareModelAsync(StockDoctorScope scope, IReadOnlyCollection<StockDoctorReason> ticked,
        StockDoctorReason? shown, bool dryRun);

    /// <summary>One page of a reason's findings for the grid: its count and one LIMITed query (never the whole list).</summary>
    Task<StockDoctorFindingListModel> PrepareFindingListModelAsync(StockDoctorFindingSearchModel searchModel, StockDoctorScope scope);
}

public class StockDoctorModelFactory : IStockDoctorModelFactory
{
    public const int PageSize = 50;

    public const string AvailablePageSizes = "20, 50, 100, 500";

    /// <summary>Products named per reason in a dry run (the count gives the rest).</summary>
    public const int DryRunExamples = 10;

    private readonly ILocalizationService _localizationService;
    private readonly IStockDoctorService _doctor;

    public StockDoctorModelFactory(ILocalizationService localizationService, IStockDoctorService doctor)
    {
        _localizationService = localizationService;
        _doctor = doctor;
    }

    public async Task<StockDoctorModel> PrepareModelAsync(StockDoctorScope scope, IReadOnlyCollection<StockDoctorReason> ticked,
        StockDoctorReason? shown, bool dryRun)
    {
        var toFix = StockDoctorRules.ReasonsToFix(ticked);
        var model = new StockDoctorModel();
        foreach (var count in await _doctor.CountAsync(scope))
        {
            model.Reasons.Add(new StockDoctorReasonModel
            {
                ReasonId = (int)count.Reason,
                Reason = await TextAsync(StockDoctorRules.ReasonResource(count.Reason)),
                Cause = await TextAsync(StockDoctorRules.CauseResource(StockDoctorRules.CauseOf(count.Reason))),
                Change = await TextAsync(StockDoctorRules.ChangeResource(count.Reason)),
                Count = count.Count,
                CanFix = StockDoctorRules.CanFix(count.Reason),
                Fix = toFix.Contains(count.Reason)
            });
        }

        if (dryRun)
        {
            model.DryRun = model.Reasons.Where(r => r.Fix && r.Count > 0).ToList();
            model.DryRunTotal = model.DryRun.Sum(r => r.Count);
            foreach (var planned in model.DryRun)
                planned.Examples = (await _doctor.ListAsync((StockDoctorReason)planned.ReasonId, scope, 0, DryRunExamples)).Select(ToModel).ToList();
        }

        if (shown is { } reason && model.Reasons.FirstOrDefault(r => r.ReasonId == (int)reason) is { } row)
        {
            model.Shown = row;
            model.FindingSearch = new StockDoctorFindingSearchModel { ReasonId = row.ReasonId };
            model.FindingSearch.SetGridPageSize(PageSize, AvailablePageSizes);
        }

        return model;
    }

    public async Task<StockDoctorFindingListModel> PrepareFindingListModelAsync(StockDoctorFindingSearchModel searchModel, StockDoctorScope scope)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        if (!Enum.IsDefined(typeof(StockDoctorReason), searchModel.ReasonId))
            return new StockDoctorFindingListModel().PrepareToGrid(searchModel, new PagedList<StockDoctorFinding>([], 0, 1, 0), Enumerable.Empty<StockDoctorFindingModel>);

        var reason = (StockDoctorReason)searchModel.ReasonId;
        var pageSize = Math.Clamp(searchModel.PageSize, 1, 500);
        var pageIndex = Math.Max(0, searchModel.Page - 1);
        var total = await _doctor.CountAsync(reason, scope);
        var rows = await _doctor.ListAsync(reason, scope, pageIndex * pageSize, pageSize);
        var page = new PagedList<StockDoctorFinding>(rows.ToList(), pageIndex, pageSize, total);
        return new StockDoctorFindingListModel().PrepareToGrid(searchModel, page, () => page.Select(ToModel));
    }

    private static StockDoctorFindingModel ToModel(StockDoctorFinding f) =>
        new() { ProductId = f.ProductId, CombinationId = f.CombinationId, Name = f.Name, Sku = f.Sku };

    private Task<string> TextAsync(string resource) => _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + resource);
}
