using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Plugin.Inventory.Backorders.Tests.Data.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>Stock imports as background jobs: lifecycle, "interrupted" after a restart, an idempotent re-run (three databases).</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class ImportJobTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private ImportHarness _harness;
    private string _folder;

    [SetUp]
    public void CreateHarness()
    {
        _harness = new ImportHarness(Database);
        _folder = Path.Combine(Path.GetTempPath(), "backorders-job-tests-" + Guid.NewGuid().ToString("N"));
    }

    [TearDown]
    public void RemoveFolder()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, true);
    }

    private static MemoryStream File(string csv) => new(Encoding.UTF8.GetBytes(csv));

    private StockImportJob Job(int id) => Database.GetRepository<StockImportJob>().Table.Single(j => j.Id == id);

    [Test]
    public async Task A_queued_job_runs_to_completed_with_its_counts_and_report_and_its_file_removed()
    {
        var product = await _harness.ProductAsync("J-1", 1);
        var jobs = _harness.JobService(_folder);

        var job = await jobs.QueueAsync(File("sku,qty,colour\nJ-1,7,red\nJ-404,1,blue\n"), "../../stock.csv", ImportMode.ApplyValidRows, customerId: 5);

        var queued = Job(job.Id);
        (queued.StatusId, queued.FileName, queued.CustomerId, queued.StartedOnUtc).Should().Be(((int)StockImportJobStatus.Queued, "stock.csv", 5, null));
        System.IO.File.Exists(queued.StoredFilePath).Should().BeTrue();
        _harness.Product(product.Id).StockQuantity.Should().NotBe(7, "queuing writes nothing");

        (await jobs.RunNextAsync()).Should().BeTrue();

        var done = Job(job.Id);
        ((StockImportJobStatus)done.StatusId).Should().Be(StockImportJobStatus.Completed);
        (done.RowsRead, done.Changed, done.Unchanged, done.Failed).Should().Be((2, 1, 0, 1));
        done.StartedOnUtc.Should().NotBeNull();
        done.FinishedOnUtc.Should().NotBeNull();
        StockImportReport.Read(done.Report).Select(i => (i.Line, i.Column, i.IsError)).Should().Equal((1, "colour", false), (3, "sku", true));
        System.IO.File.Exists(done.StoredFilePath).Should().BeFalse();
        _harness.Product(product.Id).StockQuantity.Should().Be(7);

        (await jobs.RunNextAsync()).Should().BeFalse("nothing else is queued");
    }

    [Test]
    public async Task A_job_records_whether_its_import_wrote_anything()
    {
        var product = await _harness.ProductAsync("W-1", 1);
        var jobs = _harness.JobService(_folder);

        var refused = await jobs.QueueAsync(File("sku,qty\nW-1,7\nW-404,1\n"), "stock.csv", ImportMode.AllOrNothing, customerId: 5);
        await jobs.RunNextAsync();
        var applied = await jobs.QueueAsync(File("sku,qty\nW-1,8\n"), "stock.csv", ImportMode.AllOrNothing, customerId: 5);
        await jobs.RunNextAsync();

        (Job(refused.Id).Changed, Job(refused.Id).Applied).Should().Be((1, false), "the file was refused: its check's count, nothing written");
        (Job(applied.Id).Changed, Job(applied.Id).Applied).Should().Be((1, true));
        _harness.Product(product.Id).StockQuantity.Should().Be(8);
    }

    [Test]
    public async Task The_activity_log_names_the_admin_who_uploaded_the_file_not_the_background_account()
    {
        await _harness.ProductAsync("J-1", 1);
        var uploader = new Nop.Core.Domain.Customers.Customer { Id = 5, Email = "admin@yourstore.com" };
        _harness.Customers.Setup(c => c.GetCustomerByIdAsync(5)).ReturnsAsync(uploader);
        var jobs = _harness.JobService(_folder);
        await jobs.QueueAsync(File("sku,qty\nJ-1,7\n"), "stock.csv", ImportMode.ApplyValidRows, customerId: 5);

        await jobs.RunNextAsync();

        _harness.Activity.Verify(a => a.InsertActivityAsync(uploader, "ImportProducts", It.IsAny<string>(), null), Times.Once);
        _harness.Activity.Verify(a => a.InsertActivityAsync("ImportProducts", It.IsAny<string>(), It.IsAny<Nop.Core.BaseEntity>()), Times.Never);
    }

    [Test]
    public async Task Progress_is_kept_on_the_job_while_it_runs()
    {
        await PolicyData.BulkInsertAsync(Database, Enumerable.Range(1, 30).Select(i => PolicyData.NewProduct(i, change: p => p.Sku = $"P-{i:D2}")));
        _harness.BatchSize = 10;
        var jobs = _harness.JobService(_folder);
        jobs.ProgressInterval = TimeSpan.Zero;
        var csv = "sku,qty\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"P-{i:D2},{100 + i}\n"));
        var job = await jobs.QueueAsync(File(csv), "p.csv", ImportMode.ApplyValidRows);

        // What the status endpoint would read while each batch is applied.
        var seen = new List<(int, int, int)>();
        _harness.Publisher.Setup(p => p.PublishAsync(It.IsAny<Nop.Plugin.Inventory.Backorders.Domain.Events.StockImportedEvent>()))
            .Callback(() => { var now = Job(job.Id); seen.Add((now.StatusId, now.RowsRead, now.Changed)); }).Returns(Task.CompletedTask);

        await jobs.RunNextAsync();

        var running = (int)StockImportJobStatus.Running;
        seen.Should().Equal((running, 0, 0), (running, 10, 10), (running, 20, 20));
        var done = Job(job.Id);
        (done.StatusId, done.RowsRead, done.Changed).Should().Be(((int)StockImportJobStatus.Completed, 30, 30));
    }

    [Test]
    public async Task On_startup_a_running_job_without_a_worker_becomes_interrupted_and_a_queued_one_stays_queued()
    {
        var repository = Database.GetRepository<StockImportJob>();
        var running = new StockImportJob { FileName = "a.csv", StatusId = (int)StockImportJobStatus.Running, CreatedOnUtc = DateTime.UtcNow, StartedOnUtc = DateTime.UtcNow, RowsRead = 500, Changed = 500 };
        var queued = new StockImportJob { FileName = "b.csv", StatusId = (int)StockImportJobStatus.Queued, CreatedOnUtc = DateTime.UtcNow };
        var completed = new StockImportJob { FileName = "c.csv", StatusId = (int)StockImportJobStatus.Completed, CreatedOnUtc = DateTime.UtcNow };
        await repository.InsertAsync(running, false);
        await repository.InsertAsync(queued, false);
        await repository.InsertAsync(completed, false);

        // The worker's first pass in a new process, in a fresh scope, the plugin installed.
        var jobs = new Mock<IStockImportJobService>();
        var real = _harness.JobService(_folder);
        jobs.Setup(j => j.MarkInterruptedAsync()).Returns(() => real.MarkInterruptedAsync());
        var services = new ServiceCollection()
            .AddScoped<IStockImportJobService>(_ => jobs.Object)
            .AddScoped<IBackordersInstalled>(_ => Nop.Plugin.Inventory.Backorders.Tests.Policy.InstalledStub.Yes)
            .BuildServiceProvider();
        var worker = new StockImportWorker(services.GetRequiredService<IServiceScopeFactory>(), new StockImportSignal());

        await worker.RunOnceAsync(CancellationToken.None);
        await worker.RunOnceAsync(CancellationToken.None);

        var interrupted = Job(running.Id);
        ((StockImportJobStatus)interrupted.StatusId).Should().Be(StockImportJobStatus.Interrupted);
        interrupted.FinishedOnUtc.Should().NotBeNull();
        (interrupted.RowsRead, interrupted.Changed).Should().Be((500, 500), "what the committed batches applied stays counted");
        ((StockImportJobStatus)Job(queued.Id).StatusId).Should().Be(StockImportJobStatus.Queued);
        ((StockImportJobStatus)Job(completed.Id).StatusId).Should().Be(StockImportJobStatus.Completed);
        jobs.Verify(j => j.MarkInterruptedAsync(), Times.Once, "only on the worker's first pass");
        jobs.Verify(j => j.RunNextAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task The_worker_does_nothing_while_the_plugin_is_not_installed()
    {
        var jobs = new Mock<IStockImportJobService>();
        var services = new ServiceCollection()
            .AddScoped<IStockImportJobService>(_ => jobs.Object)
            .AddScoped<IBackordersInstalled>(_ => Nop.Plugin.Inventory.Backorders.Tests.Policy.InstalledStub.No)
            .BuildServiceProvider();
        var worker = new StockImportWorker(services.GetRequiredService<IServiceScopeFactory>(), new StockImportSignal());

        (await worker.RunOnceAsync(CancellationToken.None)).Should().BeFalse();

        jobs.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Running_the_same_file_after_an_interruption_applies_only_what_is_missing()
    {
        const int products = 30;
        await PolicyData.BulkInsertAsync(Database, Enumerable.Range(1, products).Select(i => PolicyData.NewProduct(i, change: p => p.Sku = $"R-{i:D2}")));
        var csv = "sku,qty\n" + string.Concat(Enumerable.Range(1, products).Select(i => $"R-{i:D2},{100 + i}\n"));
        _harness.BatchSize = 10;

        // The process stops after the first batch was committed (the host cancels the worker; the job is left running).
        using var stopping = new CancellationTokenSource();
        var first = _harness.JobService(_folder);
        var job = await first.QueueAsync(File(csv), "stock.csv", ImportMode.ApplyValidRows);
        var batches = 0;
        _harness.Publisher.Setup(p => p.PublishAsync(It.IsAny<Nop.Plugin.Inventory.Backorders.Domain.Events.StockImportedEvent>()))
            .Callback(() => { if (++batches == 1) stopping.Cancel(); }).Returns(Task.CompletedTask);

        await first.RunNextAsync(stopping.Token);

        ((StockImportJobStatus)Job(job.Id).StatusId).Should().Be(StockImportJobStatus.Running, "the process stopped mid-import");
        (await _harness.JobService(_folder).MarkInterruptedAsync()).Should().Be(1);
        ((StockImportJobStatus)Job(job.Id).StatusId).Should().Be(StockImportJobStatus.Interrupted);
        var ids = PolicyData.ProductIdsByTag(Database);
        _harness.Product(ids[10]).StockQuantity.Should().Be(110, "the first batch was committed");
        _harness.Product(ids[11]).StockQuantity.Should().NotBe(111);
        _harness.History().Should().HaveCount(10);

        // The merchant uploads the same file again.
        var again = _harness.JobService(_folder);
        var rerun = await again.QueueAsync(File(csv), "stock.csv", ImportMode.ApplyValidRows);
        await again.RunNextAsync();

        var done = Job(rerun.Id);
        ((StockImportJobStatus)done.StatusId).Should().Be(StockImportJobStatus.Completed);
        (done.Changed, done.Unchanged, done.Failed).Should().Be((20, 10, 0), "only what is missing is applied");
        _harness.Product(ids[products]).StockQuantity.Should().Be(100 + products);
        _harness.History().Should().HaveCount(products, "no stock change was written twice");
        _harness.History().Select(h => h.ProductId).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public async Task A_job_whose_import_throws_is_failed_with_the_reason_in_its_report()
    {
        var jobs = _harness.JobService(_folder);
        var job = await jobs.QueueAsync(File("sku,qty\nX,1\n"), "x.csv", ImportMode.ApplyValidRows);
        System.IO.File.Delete(Job(job.Id).StoredFilePath);

        await jobs.RunNextAsync();

        var failed = Job(job.Id);
        ((StockImportJobStatus)failed.StatusId).Should().Be(StockImportJobStatus.Failed);
        StockImportReport.Read(failed.Report).Should().ContainSingle().Which.Message.Should().Contain("Import.Errors.JobFailed");
    }
}
