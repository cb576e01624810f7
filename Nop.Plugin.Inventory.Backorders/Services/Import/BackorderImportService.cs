using Nop.Core.Domain.Customers;
using System.Diagnostics;
using System.Transactions;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Logging;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

public class BackorderImportService : IBackorderImportService
{
    /// <summary>
    /// Rows per batch: one bulk load, one pass over Product (no Sku index on PostgreSQL/MySQL), one joined UPDATE per table.
    /// Large, because each batch scans Product once; small enough that memory holds one batch.
    /// </summary>
    public const int DefaultBatchSize = 50_000;

    /// <summary>Rows per batch (<see cref="DefaultBatchSize"/>); tests make it small.</summary>
    public int BatchSize { get; set; } = DefaultBatchSize;

    private readonly ICustomerActivityService _activityService;
    private readonly IRepository<CombinationBackorderSetting> _combinationSettingRepository;
    private readonly IRepository<StockImportKey> _keyRepository;
    private readonly IRepository<StockImportRow> _workRepository;
    private readonly INopDataProvider _dataProvider;
    private readonly IEventPublisher _eventPublisher;
    private readonly ILocalizationService _localizationService;
    private readonly ISettingService _settingService;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly StockImportStatements _statements;

    public BackorderImportService(ICustomerActivityService activityService,
        IRepository<CombinationBackorderSetting> combinationSettingRepository,
        INopDataProvider dataProvider,
        IEventPublisher eventPublisher,
        ILocalizationService localizationService,
        ISettingService settingService,
        IStaticCacheManager staticCacheManager,
        IRepository<StockImportKey> keyRepository,
        IRepository<StockImportRow> workRepository,
        BackorderSqlDialect dialect)
    {
        _keyRepository = keyRepository;
        _workRepository = workRepository;
        _activityService = activityService;
        _combinationSettingRepository = combinationSettingRepository;
        _dataProvider = dataProvider;
        _eventPublisher = eventPublisher;
        _localizationService = localizationService;
        _settingService = settingService;
        _staticCacheManager = staticCacheManager;
        _statements = new StockImportStatements(dialect);
    }

    /// <summary>Today (UTC) for the restock-date check; tests set it.</summary>
    public Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;

    public Task<ImportResult> ImportAsync(Stream file, ImportMode mode, int vendorId = 0, CancellationToken cancellationToken = default) =>
        ImportAsync(file, mode, vendorId, null, null, cancellationToken);

    public async Task<ImportResult> ImportAsync(Stream file, ImportMode mode, int vendorId, IProgress<ImportProgress> progress, Customer importedBy,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        _progress = progress;
        var clock = Stopwatch.StartNew();
        _pendingCombinations.Clear();
        _pendingEvents.Clear();
        var defaultMode = (await _settingService.LoadSettingAsync<BackorderSettings>())?.DefaultBackorderMode ?? BackorderMode.NoBackorders;

        // A request's upload is seekable; a network stream is spooled to a temporary file (never into memory).
        Stream spooled = null;
        if (!file.CanSeek)
        {
            spooled = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            await file.CopyToAsync(spooled, cancellationToken);
            spooled.Seek(0, SeekOrigin.Begin);
            file = spooled;
        }

        try
        {
            ImportResult result;
            if (mode == ImportMode.AllOrNothing)
            {
                // First the whole file is checked, writing nothing; only a file without errors is applied, in one transaction.
                result = await RunAsync(file, ImportMode.ValidateOnly, defaultMode, vendorId, null, cancellationToken);
                if (!result.HasErrors && result.Changed > 0)
                {
                    file.Seek(0, SeekOrigin.Begin);
                    using var scope = NewTransaction();
                    var applied = await RunAsync(file, ImportMode.AllOrNothing, defaultMode, vendorId, scope, cancellationToken);
                    scope.Complete();
                    scope.Dispose();
                    result = applied;
                    await AfterAppliedAsync(result.ChangedProductIds, _pendingCombinations);
                    await PublishAsync(_pendingEvents);
                }
                else if (result.HasErrors)
                    result.Add(ImportIssue.Error(0, string.Empty, string.Empty, ImportMessages.FileRejected));

                result = Retag(result, ImportMode.AllOrNothing);
            }
            else
                result = await RunAsync(file, mode, defaultMode, vendorId, null, cancellationToken);

            // Findings in file order; those about the whole file last.
            var ordered = result.Issues.OrderBy(i => i.Line == 0 ? int.MaxValue : i.Line).ToList();
            result.Issues.Clear();
            result.Issues.AddRange(ordered);
            result.Duration = clock.Elapsed;
            if (result.Applied)
                await LogAsync(result, importedBy);
            return result;
        }
        finally
        {
            if (spooled is not null)
                await spooled.DisposeAsync();
        }
    }

    private static ImportResult Retag(ImportResult result, ImportMode mode)
    {
        if (result.Mode == mode)
            return result;

        var copy = new ImportResult
        {
            Mode = mode, RowsRead = result.RowsRead, Changed = result.Changed, Unchanged = result.Unchanged, Failed = result.Failed,
            Skipped = result.Skipped, Applied = result.Applied, IssueCount = 0
        };
        foreach (var issue in result.Issues)
            copy.Add(issue);
        copy.IssueCount = result.IssueCount;
        copy.ChangedProductIds.AddRange(result.ChangedProductIds);
        copy.ChangedCombinationIds.AddRange(result.ChangedCombinationIds);
        copy.AppliedLines.AddRange(result.AppliedLines);
        return copy;
    }

    private static TransactionScope NewTransaction() =>
        new(TransactionScopeOption.Required, new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted, Timeout = TransactionManager.MaximumTimeout },
            TransactionScopeAsyncFlowOption.Enabled);

    /// <summary>One pass over the file: read, check, look up and plan per batch; write per batch unless validating.</summary>
    private async Task<ImportResult> RunAsync(Stream file, ImportMode mode, BackorderMode defaultMode, int vendorId, TransactionScope outer,
        CancellationToken cancellationToken)
    {
        var result = new ImportResult { Mode = mode };
        var format = StockCsvFile.Detect(StockCsvFile.ReadHead(file));
        if (format is null)
        {
            result.Add(ImportIssue.Error(0, string.Empty, string.Empty, ImportMessages.NotCsv));
            return result;
        }

        var today = UtcNow().Date;
        StockHeader header = null;
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var batch = new List<StockRow>(BatchSize);

        foreach (var record in StockCsvFile.Records(file, format))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (header is null)
            {
                if (record.Problem is not null)
                {
                    result.Add(record.Problem);
                    return result;
                }

                header = StockHeader.Read(record.Cells, record.Line);
                foreach (var issue in header.Issues)
                    result.Add(issue);
                if (!header.IsUsable)
                    return result;
                continue;
            }

            result.RowsRead++;
            if (record.Problem is not null)
            {
                result.Add(record.Problem);
                result.Failed++;
                continue;
            }

            // Trailing empty cells (spreadsheets pad rows) are harmless; a missing or extra value is not.
            var cells = record.Cells;
            var expected = header.Columns.Count + header.Ignored.Count;
            if (cells.Length != expected && !(cells.Length > expected && cells.Skip(expected).All(string.IsNullOrWhiteSpace)))
            {
                result.Add(ImportIssue.Error(record.Line, string.Empty, string.Join(format.Delimiter.ToString(), cells.Take(5)), ImportMessages.RaggedRow,
                    expected, cells.Length));
                result.Failed++;
                continue;
            }

            var row = StockRow.Read(record.Line, cells, header, today, defaultMode);
            if (!row.CarriesStock && !row.HasErrors)
            {
                // Another store view's row, or a Magento 1 continuation row: nothing to apply, not a duplicate.
                result.Skipped++;
                foreach (var issue in row.Issues)
                    result.Add(issue);
                continue;
            }

            if (row.Sku.Length == 0)
                row.Issues.Add(ImportIssue.Error(record.Line, header[StockField.Sku].Header, string.Empty, ImportMessages.NoSku));
            else if (seen.TryGetValue(row.Sku, out var firstLine))
                row.Issues.Add(ImportIssue.Error(record.Line, header[StockField.Sku].Header, row.Sku, ImportMessages.DuplicateSku, row.Sku, firstLine));
            else
                seen[row.Sku] = record.Line;

            if (row.HasErrors)
            {
                foreach (var issue in row.Issues)
                    result.Add(issue);
                result.Failed++;
                continue;
            }

            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                if (!await TryProcessBatchAsync(batch, mode, defaultMode, vendorId, outer, result, header))
                    return result;
                batch.Clear();
                Report(result);
            }
        }

        if (header is null)
        {
            result.Add(ImportIssue.Error(0, string.Empty, string.Empty, ImportMessages.EmptyFile));
            return result;
        }

        if (batch.Count > 0 && !await TryProcessBatchAsync(batch, mode, defaultMode, vendorId, outer, result, header))
            return result;
        Report(result);

        if (result.RowsRead == 0)
            result.Add(ImportIssue.Warning(0, string.Empty, string.Empty, ImportMessages.HeaderOnly));

        return result;
    }

    /// <summary>
    /// Apply-valid mode: when the database fails (connection killed, server stopped) the batch's transaction is rolled
    /// back and the import stops, reporting the lines applied so far and where it stopped; a re-run finishes the job.
    /// The other modes let the failure through (all or nothing: its transaction is rolled back, nothing is applied).
    /// </summary>
    private async Task<bool> TryProcessBatchAsync(List<StockRow> rows, ImportMode mode, BackorderMode defaultMode, int vendorId,
        TransactionScope outer, ImportResult result, StockHeader header)
    {
        if (mode != ImportMode.ApplyValidRows)
        {
            await ProcessBatchAsync(rows, mode, defaultMode, vendorId, outer, result, header);
            return true;
        }

        var counts = (result.Changed, result.Unchanged, result.Failed, result.IssueCount, result.Issues.Count);
        try
        {
            await ProcessBatchAsync(rows, mode, defaultMode, vendorId, outer, result, header);
            return true;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or TransactionException or InvalidOperationException or IOException)
        {
            // Nothing of this batch was committed: its rows count as not applied.
            (result.Changed, result.Unchanged, result.Failed, result.IssueCount) = (counts.Changed, counts.Unchanged, counts.Failed, counts.IssueCount);
            result.Issues.RemoveRange(counts.Item5, result.Issues.Count - counts.Item5);
            result.Failed += rows.Count;
            result.Add(ImportIssue.Error(rows[0].Line, string.Empty, exception.GetType().Name, ImportMessages.DatabaseFailed, rows[0].Line));
            return false;
        }
    }

    private sealed record ProductPlan(StockRow Row, ProductStockChange Change);
    private sealed record CombinationPlan(StockRow Row, CombinationStockChange Change);

    private async Task ProcessBatchAsync(List<StockRow> rows, ImportMode mode, BackorderMode defaultMode, int vendorId, TransactionScope outer,
        ImportResult result, StockHeader header)
    {
        var skuColumn = header[StockField.Sku].Header;

        // Lookups and writes of a batch in one transaction (the all-or-nothing pass runs inside the import's own).
        using var scope = mode == ImportMode.ApplyValidRows ? NewTransaction() : null;

        // The batch's SKUs go to the work table in one bulk load (PostgreSQL: one array parameter); the lookups are joins on them.
        var batch = new StockImportBatch(Random.Shared.Next(1, int.MaxValue));
        var loaded = false;
        try
        {
            var keys = rows.Select(r => new StockImportKey { RunId = batch.RunId, Line = r.Line, Sku = r.Sku }).ToList();
            batch.Keys = keys;
            if (_statements.UsesWorkTables)
            {
                loaded = true;
                await _keyRepository.InsertAsync(keys, false);
            }

            var command = _statements.FindProducts(batch, vendorId);
            var products = (await _dataProvider.QueryAsync<ProductStockRow>(command.Sql, command.Parameters))
                .GroupBy(p => p.Line).ToDictionary(g => g.Key, g => g.ToList());
            var combinations = new Dictionary<int, List<CombinationStockRow>>();
            if (products.Count < rows.Count)
            {
                // Only the lines no product matched (the work tables hold the whole batch under its run: filtered below).
                var unmatched = new StockImportBatch(batch.RunId) { Keys = keys.Where(k => !products.ContainsKey(k.Line)).ToList() };
                command = _statements.FindCombinations(unmatched, vendorId);
                combinations = (await _dataProvider.QueryAsync<CombinationStockRow>(command.Sql, command.Parameters))
                    .Where(c => !products.ContainsKey(c.Line))
                    .GroupBy(c => c.Line).ToDictionary(g => g.Key, g => g.ToList());
            }
            var productPlans = new List<ProductPlan>();
            var combinationPlans = new List<CombinationPlan>();
            foreach (var row in rows)
            {
                products.TryGetValue(row.Line, out var matches);
                combinations.TryGetValue(row.Line, out var combinationMatches);
                var count = matches?.Count ?? combinationMatches?.Count ?? 0;
                if (count == 0)
                {
                    result.Add(ImportIssue.Error(row.Line, skuColumn, row.Sku, ImportMessages.UnknownSku, row.Sku));
                    result.Failed++;
                    continue;
                }

                if (count > 1)
                {
                    result.Add(ImportIssue.Error(row.Line, skuColumn, row.Sku, ImportMessages.SkuMatchesTwo, row.Sku, count));
                    result.Failed++;
                    continue;
                }

                foreach (var issue in row.Issues)
                    result.Add(issue);

                if (matches is not null)
                {
                    var change = ProductStockChange.Plan(row, matches[0].ToStock(), defaultMode);
                    if (change.Changed)
                        productPlans.Add(new ProductPlan(row, change));
                    else
                        result.Unchanged++;
                }
                else
                {
                    var change = CombinationStockChange.Plan(row, combinationMatches[0].ToStock());
                    if (change.Changed)
                        combinationPlans.Add(new CombinationPlan(row, change));
                    else
                        result.Unchanged++;
                }
            }

            result.Changed += productPlans.Count + combinationPlans.Count;
            if (mode == ImportMode.ValidateOnly || productPlans.Count + combinationPlans.Count == 0)
                return;
            var syncedCombinations = await WriteAsync(batch, productPlans, combinationPlans);
            if (loaded)
                await ForgetRunAsync(batch.RunId, quietly: false);
            loaded = false;
            scope?.Complete();
            scope?.Dispose();

            result.Applied = true;
            result.AppliedLines.AddRange(productPlans.Select(p => p.Row.Line).Concat(combinationPlans.Select(c => c.Row.Line)));
            var productIds = productPlans.Select(p => p.Change.Before.Id).ToList();
            var combinationIds = combinationPlans.Select(c => c.Change.Before.Id).ToList();
            result.ChangedProductIds.AddRange(productIds);
            result.ChangedCombinationIds.AddRange(combinationIds.Concat(syncedCombinations.Select(c => c.Id)));

            var changedCombinations = combinationPlans
                .Select(c => new ChangedCombination { Id = c.Change.Before.Id, ProductId = c.Change.Before.ProductId })
                .Concat(syncedCombinations).ToList();
            var events = new List<object>();
            events.AddRange(productPlans.Where(p => p.Change.PolicyChanged).Select(plan => new ProductBackorderPolicyChangedEvent(plan.Change.Before.Id,
                plan.Change.Before.BackorderMode, plan.Change.After.BackorderMode, plan.Change.After.UsesDefaultPolicy)));
            var rose = productPlans.Where(p => p.Change.StockRose).Select(p => p.Change.Before.Id)
                .Concat(combinationPlans.Where(c => c.Change.StockRose).Select(c => c.Change.Before.ProductId)).Distinct().ToList();
            events.Add(new StockImportedEvent(productIds, combinationIds, rose));

            // Caches and events once the batch is committed (in all-or-nothing: after the whole file is).
            if (mode == ImportMode.ApplyValidRows)
            {
                await AfterAppliedAsync(productIds, changedCombinations);
                await PublishAsync(events);
            }
            else
            {
                _pendingCombinations.AddRange(changedCombinations);
                _pendingEvents.AddRange(events);
            }
        }
        finally
        {
            // The work rows of a batch that was only checked (or failed) are removed; a rolled-back transaction removes them anyway.
            if (loaded && scope is null)
                await ForgetRunAsync(batch.RunId);
        }
    }

    /// <summary>Deletes the batch's work rows (inside its transaction); <paramref name="quietly"/>: after a failure, whatever happens.</summary>
    private async Task ForgetRunAsync(int runId, bool quietly = true)
    {
        try
        {
            await _dataProvider.ExecuteNonQueryAsync(_statements.DeleteKeys(runId).Sql, _statements.DeleteKeys(runId).Parameters);
            await _dataProvider.ExecuteNonQueryAsync(_statements.DeleteRows(runId).Sql, _statements.DeleteRows(runId).Parameters);
        }
        catch (Exception exception) when (quietly && exception is System.Data.Common.DbException or InvalidOperationException)
        {
            // The database is gone: the rows of a random run id are never read again.
        }
    }

    /// <summary>
    /// The batch's writes: the planned values of what changes are bulk-loaded into the work table (PostgreSQL: passed as
    /// arrays), then one joined UPDATE (or INSERT … SELECT) per table: products, plugin records (updated and new),
    /// combinations, stock history.
    /// </summary>
    private async Task<IReadOnlyList<ChangedCombination>> WriteAsync(StockImportBatch batch, List<ProductPlan> productPlans, List<CombinationPlan> combinationPlans)
    {
        var stamp = DateTime.SpecifyKind(UtcNow(), DateTimeKind.Unspecified);
        var message = await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Import.StockHistoryMessage");
        var work = new List<StockImportRow>();

        static T? IfChanged<T>(T before, T after) where T : struct => Equals(before, after) ? null : after;

        foreach (var plan in productPlans)
        {
            var (before, after) = (plan.Change.Before, plan.Change.After);
            if (plan.Change.ProductChanged)
            {
                work.Add(new StockImportRow
                {
                    RunId = batch.RunId, Kind = (int)StockImportRowKind.Product, Line = plan.Row.Line, TargetId = before.Id, ProductId = before.Id,
                    StockQuantity = IfChanged(before.StockQuantity, after.StockQuantity),
                    QuantityAdjustment = after.StockQuantity != before.StockQuantity ? after.StockQuantity - before.StockQuantity : null,
                    MinStockQuantity = IfChanged(before.MinStockQuantity, after.MinStockQuantity),
                    ManageInventoryMethodId = IfChanged((int)before.ManageInventoryMethod, (int)after.ManageInventoryMethod),
                    BackorderModeId = IfChanged((int)before.BackorderMode, (int)after.BackorderMode),
                    AllowBackInStockSubscriptions = IfChanged(before.AllowBackInStockSubscriptions, after.AllowBackInStockSubscriptions),
                    DisableBuyButton = IfChanged(before.DisableBuyButton, after.DisableBuyButton),
                    DisableWishlistButton = IfChanged(before.DisableWishlistButton, after.DisableWishlistButton),
                    Published = IfChanged(before.Published, after.Published)
                });
            }

            if (plan.Change.RecordChanged)
            {
                work.Add(new StockImportRow
                {
                    RunId = batch.RunId, Kind = (int)(before.HasRecord ? StockImportRowKind.Record : StockImportRowKind.NewRecord), Line = plan.Row.Line,
                    TargetId = before.RecordId ?? before.Id, ProductId = before.Id,
                    UsesDefaultPolicy = after.UsesDefaultPolicy, BackorderLimit = after.BackorderLimit,
                    ExpectedRestockDateUtc = after.ExpectedRestockDate is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Unspecified) : null,
                    LowStockFlagsSetByActivity = (int)after.LowStockFlags
                });
            }
        }

        foreach (var plan in combinationPlans)
        {
            var (before, after) = (plan.Change.Before, plan.Change.After);
            if (before.StockQuantity == after.StockQuantity && before.AllowOutOfStockOrders == after.AllowOutOfStockOrders)
                continue;

            work.Add(new StockImportRow
            {
                RunId = batch.RunId, Kind = (int)StockImportRowKind.Combination, Line = plan.Row.Line, TargetId = before.Id, ProductId = before.ProductId,
                StockQuantity = IfChanged(before.StockQuantity, after.StockQuantity),
                QuantityAdjustment = after.StockQuantity != before.StockQuantity ? after.StockQuantity - before.StockQuantity : null,
                AllowOutOfStockOrders = IfChanged(before.AllowOutOfStockOrders, after.AllowOutOfStockOrders)
            });
        }
        batch.Rows = work;
        if (work.Count > 0 && _statements.UsesWorkTables)
            await _workRepository.InsertAsync(work, false);

        async Task RunAsync(SqlCommand command) => await _dataProvider.ExecuteNonQueryAsync(command.Sql, command.Parameters);

        if (work.Any(w => w.Kind == (int)StockImportRowKind.Product))
            await RunAsync(_statements.UpdateProducts(batch, stamp));
        if (work.Any(w => w.Kind == (int)StockImportRowKind.Record))
            await RunAsync(_statements.UpdateRecords(batch, stamp));
        if (work.Any(w => w.Kind == (int)StockImportRowKind.NewRecord))
            await RunAsync(_statements.InsertRecords(batch, stamp));
        if (work.Any(w => w.Kind == (int)StockImportRowKind.Combination))
            await RunAsync(_statements.UpdateCombinations(batch));

        var changes = combinationPlans.Select(c => c.Change).ToList();
        var own = changes.Where(c => c.After.HasOwnSetting && !c.Before.HasOwnSetting)
            .Select(c => new CombinationBackorderSetting { CombinationId = c.Before.Id, ProductId = c.Before.ProductId }).ToList();
        if (own.Count > 0)
            await _combinationSettingRepository.InsertAsync(own, false);
        var follow = changes.Where(c => !c.After.HasOwnSetting && c.Before.HasOwnSetting).Select(c => c.Before.Id).ToList();
        if (follow.Count > 0)
            await _dataProvider.ExecuteNonQueryAsync(_statements.ForgetOwnCombinationSettings(follow));

        // Combinations that follow their product take its new policy, as the policy service does.
        var policyChanged = productPlans.Where(p => p.Change.Before.BackorderMode != p.Change.After.BackorderMode).Select(p => p.Change.Before.Id).ToList();
        IReadOnlyList<ChangedCombination> synced = [];
        if (policyChanged.Count > 0)
        {
            synced = (await _dataProvider.QueryAsync<ChangedCombination>(_statements.FindCombinationsToSync(policyChanged))).ToList();
            if (synced.Count > 0)
                await _dataProvider.ExecuteNonQueryAsync(_statements.FlipAllowOutOfStockOrders(synced.Select(c => c.Id).ToList()));
        }

        if (work.Any(w => w.QuantityAdjustment.HasValue))
            await RunAsync(_statements.InsertHistory(batch, message, stamp));

        return synced;
    }

    private IProgress<ImportProgress> _progress;

    private void Report(ImportResult result) =>
        _progress?.Report(new ImportProgress(result.RowsRead, result.Changed, result.Unchanged, result.Failed, result.Skipped));

    // What the all-or-nothing pass defers until its transaction has committed.
    private readonly List<ChangedCombination> _pendingCombinations = [];
    private readonly List<object> _pendingEvents = [];

    private async Task AfterAppliedAsync(IReadOnlyCollection<int> productIds, IReadOnlyCollection<ChangedCombination> combinations)
    {
        // The statements raise no entity events: clear what nopCommerce's cache consumers would (no reindex step for the merchant).
        var caches = new NopEntityCaches(_staticCacheManager);
        await caches.ProductsUpdatedAsync(productIds);
        await caches.CombinationsUpdatedAsync(combinations);
    }

    private async Task PublishAsync(IEnumerable<object> events)
    {
        foreach (var e in events)
        {
            switch (e)
            {
                case ProductBackorderPolicyChangedEvent policy: await _eventPublisher.PublishAsync(policy); break;
                case StockImportedEvent imported: await _eventPublisher.PublishAsync(imported); break;
            }
        }
    }

    private async Task LogAsync(ImportResult result, Customer importedBy)
    {
        var comment = string.Format(await _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + "Import.ActivityLog"),
            result.RowsRead, result.Changed, result.Unchanged, result.Failed);
        // Outside a request nopCommerce's current customer is its background-task account: a job names its uploader.
        if (importedBy is null)
            await _activityService.InsertActivityAsync("ImportProducts", comment);
        else
            await _activityService.InsertActivityAsync(importedBy, "ImportProducts", comment);
    }
}
