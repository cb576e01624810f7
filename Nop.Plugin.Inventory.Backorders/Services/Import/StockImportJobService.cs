using Nop.Services.Customers;
using System.Globalization;
using System.Transactions;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>
/// Stock imports run in the background: the upload is kept as a file and a job row, <see cref="StockImportWorker"/> runs
/// queued jobs one at a time outside any request, and the job row keeps the progress and, when done, the report.
/// </summary>
public interface IStockImportJobService
{
    /// <summary>Keeps the file and queues the job; returns at once (the worker is woken).</summary>
    Task<StockImportJob> QueueAsync(Stream file, string fileName, ImportMode mode, int vendorId = 0, int customerId = 0,
        CancellationToken cancellationToken = default);

    Task<StockImportJob> GetJobAsync(int jobId);

    /// <summary>Runs the oldest queued job to its end; false when none was queued.</summary>
    Task<bool> RunNextAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// At startup: a job still "running" has no worker any more (the process stopped mid-import) and becomes
    /// "interrupted"; its rows are those the committed batches applied. Returns how many.
    /// </summary>
    Task<int> MarkInterruptedAsync();
}

/// <summary>Wakes the worker when a job is queued (it also looks every few seconds).</summary>
public sealed class StockImportSignal
{
    private readonly SemaphoreSlim _queued = new(0);

    public void JobQueued() => _queued.Release();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}

public class StockImportJobService : IStockImportJobService
{

    private readonly ICustomerService _customerService;
    private readonly INopDataProvider _dataProvider;
    private readonly IBackorderImportService _importService;
    private readonly IRepository<StockImportJob> _jobRepository;
    private readonly ILocalizationService _localizationService;
    private readonly StockImportSignal _signal;
    private readonly BackorderSqlDialect _dialect;

    public StockImportJobService(INopDataProvider dataProvider,
        IBackorderImportService importService,
        IRepository<StockImportJob> jobRepository,
        ILocalizationService localizationService,
        StockImportSignal signal,
        BackorderSqlDialect dialect,
        ICustomerService customerService)
    {
        _customerService = customerService;
        _dataProvider = dataProvider;
        _importService = importService;
        _jobRepository = jobRepository;
        _localizationService = localizationService;
        _signal = signal;
        _dialect = dialect;
    }

    /// <summary>Where uploads wait for their job (a folder of the temporary directory); tests set another.</summary>
    public string FileFolder { get; set; } = Path.Combine(Path.GetTempPath(), "backorders-stock-imports");

    public Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;

    /// <summary>Progress is written to the job row at most this often (each batch reports); tests set zero.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

    public async Task<StockImportJob> QueueAsync(Stream file, string fileName, ImportMode mode, int vendorId = 0, int customerId = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        Directory.CreateDirectory(FileFolder);
        // The stored name is ours (a Guid): nothing from the upload reaches the path.
        var path = Path.Combine(FileFolder, Guid.NewGuid().ToString("N") + ".csv");
        await using (var stored = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            await file.CopyToAsync(stored, cancellationToken);

        var job = new StockImportJob
        {
            FileName = Path.GetFileName(fileName ?? string.Empty) is { Length: > 0 } name ? name[..Math.Min(name.Length, 400)] : "stock.csv",
            StoredFilePath = path,
            ModeId = (int)mode,
            StatusId = (int)StockImportJobStatus.Queued,
            VendorId = vendorId,
            CustomerId = customerId,
            CreatedOnUtc = UtcNow()
        };
        await _jobRepository.InsertAsync(job, false);
        _signal.JobQueued();
        return job;
    }

    public Task<StockImportJob> GetJobAsync(int jobId) => _jobRepository.GetByIdAsync(jobId);

    private string Q(string identifier) => _dialect.Q(identifier);

    public async Task<int> MarkInterruptedAsync() =>
        await _dataProvider.ExecuteNonQueryAsync(
            $"UPDATE {Q(BackordersDefaults.StockImportJobTable)} SET {Q("StatusId")} = {(int)StockImportJobStatus.Interrupted}, {Q("FinishedOnUtc")} = @now " +
            $"WHERE {Q("StatusId")} = {(int)StockImportJobStatus.Running}",
            new LinqToDB.Data.DataParameter("now", Stamp()));

    private DateTime Stamp() => DateTime.SpecifyKind(UtcNow(), DateTimeKind.Unspecified);

    public async Task<bool> RunNextAsync(CancellationToken cancellationToken = default)
    {
        var queued = await _jobRepository.GetAllAsync(query => query
            .Where(j => j.StatusId == (int)StockImportJobStatus.Queued).OrderBy(j => j.Id).Take(1));
        if (queued.FirstOrDefault() is not { } job)
            return false;

        // Claimed by one statement, so two workers (two processes on one database) never run the same job.
        var claimed = await _dataProvider.ExecuteNonQueryAsync(
            $"UPDATE {Q(BackordersDefaults.StockImportJobTable)} SET {Q("StatusId")} = {(int)StockImportJobStatus.Running}, {Q("StartedOnUtc")} = @now " +
            $"WHERE {Q("Id")} = @id AND {Q("StatusId")} = {(int)StockImportJobStatus.Queued}",
            new LinqToDB.Data.DataParameter("now", Stamp()), new LinqToDB.Data.DataParameter("id", job.Id));
        if (claimed != 1)
            return true;

        job.StatusId = (int)StockImportJobStatus.Running;
        job.StartedOnUtc = UtcNow();
        await RunAsync(job, cancellationToken);
        return true;
    }

    private async Task RunAsync(StockImportJob job, CancellationToken cancellationToken)
    {
        var lastWrite = DateTime.MinValue;
        var progress = new JobProgress(async counts =>
        {
            if (DateTime.UtcNow - lastWrite < ProgressInterval)
                return;
            lastWrite = DateTime.UtcNow;
            (job.RowsRead, job.Changed, job.Unchanged, job.Failed, job.Skipped) = (counts.RowsRead, counts.Changed, counts.Unchanged, counts.Failed, counts.Skipped);
            // Apply-valid reports progress after each batch has committed; the other modes write nothing before the end.
            job.Applied = (ImportMode)job.ModeId == ImportMode.ApplyValidRows && counts.Changed > 0;
            // Never inside the import's transaction (all or nothing holds one for the whole file): the page must see it now.
            using var outside = new TransactionScope(TransactionScopeOption.Suppress, TransactionScopeAsyncFlowOption.Enabled);
            await _jobRepository.UpdateAsync(job, false);
            outside.Complete();
        });

        try
        {
            ImportResult result;
            var uploader = job.CustomerId > 0 ? await _customerService.GetCustomerByIdAsync(job.CustomerId) : null;
            await using (var file = new FileStream(job.StoredFilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous))
                result = await _importService.ImportAsync(file, (ImportMode)job.ModeId, job.VendorId, progress, uploader, cancellationToken);

            (job.RowsRead, job.Changed, job.Unchanged, job.Failed, job.Skipped) = (result.RowsRead, result.Changed, result.Unchanged, result.Failed, result.Skipped);
            job.Applied = result.Applied;
            job.Report = await ReportAsync(result.Issues);
            job.StatusId = (int)StockImportJobStatus.Completed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            job.StatusId = (int)StockImportJobStatus.Failed;
            job.Report = await ReportAsync([ImportIssue.Error(0, string.Empty, exception.GetType().Name, ImportMessages.JobFailed, exception.Message)]);
        }
        catch (OperationCanceledException)
        {
            // The process is stopping: left "running", so the next start marks it interrupted.
            return;
        }

        job.FinishedOnUtc = UtcNow();
        await _jobRepository.UpdateAsync(job, false);
        TryDelete(job.StoredFilePath);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left in the temporary folder.
        }
    }

    /// <summary>The findings as the report CSV, in the default language (no request, so no admin's language).</summary>
    public async Task<string> ReportAsync(IEnumerable<ImportIssue> issues)
    {
        var texts = new Dictionary<string, string>();
        var messages = new List<(ImportIssue, string)>();
        foreach (var issue in issues)
        {
            if (!texts.TryGetValue(issue.ResourceKey, out var text))
                texts[issue.ResourceKey] = text = await _localizationService.GetResourceAsync(issue.ResourceKey);
            messages.Add((issue, string.Format(CultureInfo.InvariantCulture, text ?? issue.ResourceKey, issue.Arguments.ToArray())));
        }

        await using var report = new StringWriter(CultureInfo.InvariantCulture);
        await ImportReportWriter.WriteAsync(report, messages, [
            await TextAsync("Import.Line"), await TextAsync("Import.Column"), await TextAsync("Import.Value"),
            await TextAsync("Import.Severity"), await TextAsync("Import.Message")
        ]);
        return report.ToString();
    }

    private Task<string> TextAsync(string key) => _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + key);

    /// <summary>
    /// Progress written on the import's own flow, before it reads on (Progress&lt;T&gt; would post to the thread pool and
    /// write the job row concurrently with the import). Once per batch at most, in a worker without a synchronization
    /// context: waiting here blocks nothing else.
    /// </summary>
    private sealed class JobProgress(Func<ImportProgress, Task> write) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            try
            {
                write(value).GetAwaiter().GetResult();
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
            {
                // A progress write that failed is replaced by the next or the final one.
            }
        }
    }
}
