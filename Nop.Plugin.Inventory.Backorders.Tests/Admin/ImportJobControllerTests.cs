using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Vendors;
using Nop.Plugin.Inventory.Backorders.Controllers;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

/// <summary>The stock import page queues a background job and follows it through the status endpoint.</summary>
public class ImportJobControllerTests
{
    private Mock<IStockImportJobService> _jobs;
    private Mock<IWorkContext> _workContext;
    private VendorSettings _vendorSettings;

    [SetUp]
    public void SetUp()
    {
        _jobs = new Mock<IStockImportJobService>();
        _workContext = new Mock<IWorkContext>();
        _workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 12 });
        _vendorSettings = new VendorSettings { AllowVendorsToImportProducts = true };
    }

    private ImportController Controller(IBackordersInstalled installed = null)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "[fr] " + key);
        return new ImportController(new Mock<IBackorderExportService>().Object, _jobs.Object, installed ?? InstalledStub.Yes, localization.Object,
            new Mock<INotificationService>().Object, _vendorSettings, _workContext.Object)
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
    }

    private static IFormFile Upload(string csv)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(csv);
        return new FormFile(new MemoryStream(bytes), 0, bytes.Length, "importFile", "stock.csv");
    }

    [Test]
    public async Task The_upload_queues_a_job_and_returns_at_once_to_its_page()
    {
        _jobs.Setup(j => j.QueueAsync(It.IsAny<Stream>(), "stock.csv", ImportMode.AllOrNothing, 0, 12, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StockImportJob { Id = 41 });

        var result = await Controller().Index(new StockImportModel { Mode = (int)ImportMode.AllOrNothing }, Upload("sku,qty\nA,1\n"));

        var redirect = result.Should().BeOfType<RedirectToActionResult>().Which;
        (redirect.ActionName, redirect.RouteValues!["id"]).Should().Be(("Job", (object)41));
        _jobs.Verify(j => j.RunNextAsync(It.IsAny<CancellationToken>()), Times.Never, "the import runs in the background, not in the request");
    }

    [Test]
    public async Task Status_gives_the_jobs_progress_as_json()
    {
        _jobs.Setup(j => j.GetJobAsync(41)).ReturnsAsync(new StockImportJob
        {
            Id = 41, StatusId = (int)StockImportJobStatus.Running, RowsRead = 50_000, Changed = 49_000, Unchanged = 900, Failed = 100, Skipped = 3,
            StartedOnUtc = DateTime.UtcNow
        });

        var result = await Controller().Status(41);

        result.Should().BeOfType<JsonResult>().Which.Value.Should().BeEquivalentTo(new
        {
            id = 41, status = "Running", statusText = "[fr] " + BackordersDefaults.ResourcePrefix + "Import.Job.Status.Running", finished = false,
            rowsRead = 50_000, changed = 49_000, unchanged = 900, failed = 100, skipped = 3
        }, o => o.ExcludingMissingMembers());
    }

    [TestCase(StockImportJobStatus.Completed)]
    [TestCase(StockImportJobStatus.Failed)]
    [TestCase(StockImportJobStatus.Interrupted)]
    public async Task Status_says_finished_once_the_job_has_ended(StockImportJobStatus status)
    {
        _jobs.Setup(j => j.GetJobAsync(41)).ReturnsAsync(new StockImportJob { Id = 41, StatusId = (int)status });

        var result = await Controller().Status(41);

        result.Should().BeOfType<JsonResult>().Which.Value.Should().BeEquivalentTo(new { status = status.ToString(), finished = true },
            o => o.ExcludingMissingMembers());
    }

    /// <summary>
    /// "Nothing was written" comes from what the import wrote, not from the counts: an all-or-nothing job that refused its
    /// file still counts the rows its check found to change.
    /// </summary>
    [TestCase(ImportMode.AllOrNothing, StockImportJobStatus.Completed, 3, false, true)]
    [TestCase(ImportMode.AllOrNothing, StockImportJobStatus.Completed, 3, true, false)]
    [TestCase(ImportMode.ValidateOnly, StockImportJobStatus.Completed, 3, false, true)]
    [TestCase(ImportMode.ApplyValidRows, StockImportJobStatus.Completed, 0, false, true)]
    [TestCase(ImportMode.ApplyValidRows, StockImportJobStatus.Interrupted, 2, true, false)]
    [TestCase(ImportMode.AllOrNothing, StockImportJobStatus.Interrupted, 2, false, true)]
    public async Task The_result_page_says_nothing_was_written_when_the_import_wrote_nothing(ImportMode mode, StockImportJobStatus status,
        int changed, bool applied, bool nothingWritten)
    {
        _jobs.Setup(j => j.GetJobAsync(41)).ReturnsAsync(new StockImportJob
        {
            Id = 41, ModeId = (int)mode, StatusId = (int)status, Changed = changed, Applied = applied, FileName = "stock.csv", Report = string.Empty
        });

        var page = (await Controller().Job(41)).Should().BeOfType<ViewResult>().Which.Model.Should().BeOfType<StockImportModel>().Which;

        page.NothingWritten.Should().Be(nothingWritten);
    }

    [Test]
    public async Task The_report_downloads_as_UTF8_with_a_byte_order_mark_for_spreadsheets()
    {
        _jobs.Setup(j => j.GetJobAsync(41)).ReturnsAsync(new StockImportJob { Id = 41, Report = "Line,Message\n3,Unbekannte SKU „Ä-1“\n" });

        var file = (await Controller().Report(41)).Should().BeOfType<FileContentResult>().Which;

        (file.ContentType, file.FileDownloadName).Should().Be(("text/csv", "stock-import-report.csv"));
        file.FileContents.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        System.Text.Encoding.UTF8.GetString(file.FileContents, 3, file.FileContents.Length - 3).Should().Be("Line,Message\n3,Unbekannte SKU „Ä-1“\n");
    }

    [Test]
    public async Task A_vendor_never_sees_another_vendors_job()
    {
        _workContext.Setup(w => w.GetCurrentVendorAsync()).ReturnsAsync(new Vendor { Id = 7 });
        _jobs.Setup(j => j.GetJobAsync(41)).ReturnsAsync(new StockImportJob { Id = 41, VendorId = 8, Report = "x" });

        (await Controller().Status(41)).Should().BeOfType<NotFoundResult>();
        (await Controller().Report(41)).Should().BeOfType<RedirectToActionResult>();
        (await Controller().Job(41)).Should().BeOfType<RedirectToActionResult>();
    }

    [Test]
    public async Task Nothing_answers_while_the_plugin_is_not_installed()
    {
        (await Controller(InstalledStub.No).Status(41)).Should().BeOfType<NotFoundResult>();
        _jobs.VerifyNoOtherCalls();
    }

    [TestCase(nameof(ImportController.Index))]
    [TestCase(nameof(ImportController.Job))]
    [TestCase(nameof(ImportController.Status))]
    [TestCase(nameof(ImportController.Report))]
    public void Every_job_action_is_guarded_like_the_import_page(string action)
    {
        typeof(ImportController).GetCustomAttributesData().Select(a => a.AttributeType).Should()
            .Contain([typeof(AuthorizeAdminAttribute), typeof(AutoValidateAntiforgeryTokenAttribute)]);
        foreach (var method in typeof(ImportController).GetMethods().Where(m => m.Name == action))
            method.GetCustomAttributesData().Where(a => a.AttributeType == typeof(CheckPermissionAttribute))
                .Select(a => a.ConstructorArguments[0].Value).Should().Equal(StandardPermission.Catalog.PRODUCTS_IMPORT_EXPORT);
    }

    [Test]
    public void Every_job_text_is_a_resource()
    {
        foreach (var status in Enum.GetValues<StockImportJobStatus>())
            BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + "Import.Job.Status." + status);
        BackordersLocaleResources.English.Should().ContainKeys(ImportMessages.JobFailed, BackordersDefaults.ResourcePrefix + "Import.Job.Background",
            BackordersDefaults.ResourcePrefix + "Import.Job.InterruptedHint");
    }
}
