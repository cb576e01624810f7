using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Models;

/// <summary>The stock doctor page: one row per reason with its count, the findings of the reason shown, and a dry run.</summary>
public record StockDoctorModel : BaseNopModel
{
    public IList<StockDoctorReasonModel> Reasons { get; set; } = new List<StockDoctorReasonModel>();

    /// <summary>The reason whose products are listed, or null.</summary>
    public StockDoctorReasonModel Shown { get; set; }

    /// <summary>The reason shown's findings grid (nopCommerce's DataTables grid, paged in the database): what it posts.</summary>
    public StockDoctorFindingSearchModel FindingSearch { get; set; }

    /// <summary>Set after a dry run: what a fix of the ticked reasons would change (nothing written).</summary>
    public IList<StockDoctorReasonModel> DryRun { get; set; }

    public int DryRunTotal { get; set; }
}

public record StockDoctorReasonModel : BaseNopModel
{
    public int ReasonId { get; set; }

    public string Reason { get; set; }

    public string Cause { get; set; }

    public string Change { get; set; }

    public int Count { get; set; }

    public bool CanFix { get; set; }

    /// <summary>Ticked: included in "Fix all" and the dry run (what the low-stock activity or the plugin set, unless unticked).</summary>
    public bool Fix { get; set; }

    /// <summary>Dry run: the first products (or combinations) the fix would change.</summary>
    public IList<StockDoctorFindingModel> Examples { get; set; } = new List<StockDoctorFindingModel>();
}

public record StockDoctorFindingModel : BaseNopModel
{
    public int ProductId { get; set; }

    public int CombinationId { get; set; }

    /// <summary>What "Fix selected" posts: the combination for the combination reasons, else the product.</summary>
    public int Key => CombinationId > 0 ? CombinationId : ProductId;

    public string Name { get; set; }

    public string Sku { get; set; }
}

/// <summary>What the findings grid posts: the reason shown and DataTables' paging.</summary>
public record StockDoctorFindingSearchModel : BaseSearchModel
{
    public int ReasonId { get; set; }
}

/// <summary>One page of findings for the grid.</summary>
public record StockDoctorFindingListModel : BasePagedListModel<StockDoctorFindingModel>;
