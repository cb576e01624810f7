using Nop.Core;

namespace Nop.Plugin.Inventory.Backorders.Domain;

public enum StockImportJobStatus
{
    Queued = 0,
    Running = 10,
    Completed = 20,
    Failed = 30,
    /// <summary>The process stopped while the job ran (found on startup): run the same file again to finish it.</summary>
    Interrupted = 40
}

/// <summary>A stock CSV import run in the background: its file, mode, progress and, when done, its report.</summary>
public class StockImportJob : BaseEntity
{
    public string FileName { get; set; }
    /// <summary>Where the uploaded file is kept until the job has run (this machine's temporary folder: StockImportJobService.FileFolder).</summary>
    public string StoredFilePath { get; set; }
    public int ModeId { get; set; }
    public int StatusId { get; set; }
    public int VendorId { get; set; }
    public int CustomerId { get; set; }
    public int RowsRead { get; set; }
    public int Changed { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    public int Skipped { get; set; }
    /// <summary>
    /// Whether the import wrote anything (its <c>ImportResult.Applied</c>; while it runs, or when cut short: an
    /// apply-valid job whose committed batches changed rows). An all-or-nothing job that refused its file wrote nothing,
    /// though it counts the rows its check found to change.
    /// </summary>
    public bool Applied { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public DateTime? StartedOnUtc { get; set; }
    public DateTime? FinishedOnUtc { get; set; }
    /// <summary>The findings as the report CSV (line, column, value, severity, message), kept for the result page.</summary>
    public string Report { get; set; }
}
