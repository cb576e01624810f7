using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>
/// Runs queued stock imports, one at a time, outside any request. Each pass uses a fresh DI scope (nopCommerce's services
/// are scoped per request; here there is no request, so the work context is nopCommerce's background-task customer) and
/// first asks whether the plugin is installed (its tables exist only then). On its first pass in a process, jobs left
/// "running" by a previous process become "interrupted".
/// </summary>
public sealed class StockImportWorker : BackgroundService
{
    /// <summary>How often the worker looks for queued jobs when not woken (a job queued by another process, a restart).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    private readonly IServiceScopeFactory _scopes;
    private readonly StockImportSignal _signal;
    private bool _interruptedMarked;

    public StockImportWorker(IServiceScopeFactory scopes, StockImportSignal signal)
    {
        _scopes = scopes;
        _signal = signal;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The host starts hosted services before nopCommerce has finished starting: give it a moment.
        await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken))
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Not installed yet, the database not ready, or a job's bookkeeping failed: try again at the next pass.
            }

            await _signal.WaitAsync(PollInterval, stoppingToken);
        }
    }

    /// <summary>One job in its own scope; false when there was nothing to do (or the plugin is not installed).</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<IBackordersInstalled>().IsInstalledAsync())
            return false;

        var jobs = scope.ServiceProvider.GetRequiredService<IStockImportJobService>();
        if (!_interruptedMarked)
        {
            await jobs.MarkInterruptedAsync();
            _interruptedMarked = true;
        }

        return await jobs.RunNextAsync(cancellationToken);
    }
}
