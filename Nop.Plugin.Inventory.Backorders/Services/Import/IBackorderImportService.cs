using Nop.Core.Domain.Customers;
namespace Nop.Plugin.Inventory.Backorders.Services.Import;

public enum ImportMode
{
    /// <summary>Reads, checks and reports everything; writes nothing.</summary>
    ValidateOnly,
    /// <summary>Applies every valid row (each whole or not at all) and reports the others.</summary>
    ApplyValidRows,
    /// <summary>Applies the file only when no row has an error, in one transaction.</summary>
    AllOrNothing
}

/// <summary>The outcome of an import: counts, time, findings (with line, column and value) and what changed.</summary>
public sealed class ImportResult
{
    /// <summary>Findings kept for the report; a file with more stops keeping them (counts stay exact).</summary>
    public const int MaxIssues = 100_000;

    public ImportMode Mode { get; init; }
    public int RowsRead { get; set; }
    public int Changed { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    /// <summary>Rows that carry no stock (another store view, a Magento 1 continuation row).</summary>
    public int Skipped { get; set; }
    /// <summary>Whether anything was written.</summary>
    public bool Applied { get; set; }
    public TimeSpan Duration { get; set; }
    public List<ImportIssue> Issues { get; } = [];
    public int IssueCount { get; set; }
    public List<int> ChangedProductIds { get; } = [];
    public List<int> ChangedCombinationIds { get; } = [];
    /// <summary>Lines whose row was written (apply-valid mode: what a failure mid-import had already applied).</summary>
    public List<int> AppliedLines { get; } = [];

    public bool HasErrors => Issues.Any(i => i.IsError);

    public void Add(ImportIssue issue)
    {
        IssueCount++;
        if (Issues.Count < MaxIssues)
            Issues.Add(issue);
    }
}

/// <summary>How far an import is: counted so far (reported after each batch).</summary>
public sealed record ImportProgress(int RowsRead, int Changed, int Unchanged, int Failed, int Skipped);

/// <summary>
/// Imports a stock CSV by SKU ("Append Complex Data": only the columns present change). For admin pages, integrators and
/// scheduled tasks. The stream is read twice in <see cref="ImportMode.AllOrNothing"/> (checked first, then applied): pass a seekable one.
/// </summary>
public interface IBackorderImportService
{
    /// <param name="vendorId">A vendor's import sees only the vendor's products (0: all).</param>
    Task<ImportResult> ImportAsync(Stream file, ImportMode mode, int vendorId = 0, CancellationToken cancellationToken = default);

    /// <param name="progress">Told the counts after each batch (all or nothing: the check pass, then the writing pass).</param>
    /// <param name="importedBy">Who the activity-log entry names (a background job: the admin who uploaded the file); null: the current customer.</param>
    Task<ImportResult> ImportAsync(Stream file, ImportMode mode, int vendorId, IProgress<ImportProgress> progress, Customer importedBy,
        CancellationToken cancellationToken = default);
}

/// <summary>Writes the stock columns with current values, for a spreadsheet round trip (export, edit, import).</summary>
public interface IBackorderExportService
{
    /// <param name="productIds">The products to export (null: all, or the vendor's).</param>
    Task ExportAsync(Stream output, IReadOnlyCollection<int> productIds = null, int vendorId = 0, CancellationToken cancellationToken = default);
}
