using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Inventory.Backorders.Models;

/// <summary>The stock import page: the form, and after an import its summary and findings.</summary>
public record StockImportModel : BaseNopModel
{
    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Import.Mode")]
    public int Mode { get; set; }

    public IList<SelectListItem> AvailableModes { get; set; } = new List<SelectListItem>();

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Import.File")]
    public string File { get; set; }

    public bool HasResult { get; set; }

    /// <summary>The localised summary line (rows read, changed, unchanged, failed, skipped, time).</summary>
    public string Summary { get; set; }

    public bool NothingWritten { get; set; }

    public IList<StockImportIssueModel> Issues { get; set; } = new List<StockImportIssueModel>();

    public int MoreIssues { get; set; }

    /// <summary>The background job shown (0: none): its report downloads from the job.</summary>
    public int JobId { get; set; }

    public string FileName { get; set; }

    /// <summary>Queued or running: the page polls the status endpoint until the job has ended.</summary>
    public bool InProgress { get; set; }

    /// <summary>The localised status ("Queued", "Running", "Completed", "Failed", "Interrupted").</summary>
    public string Status { get; set; }

    public bool Interrupted { get; set; }
}

public record StockImportIssueModel(int Line, string Column, string Value, bool IsError, string Message);
