using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Vendors;
using Nop.Plugin.Inventory.Backorders.Controllers;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Repair;
using Nop.Plugin.Inventory.Backorders.Tests.Policy;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

public class RepairControllerTests
{
    private Mock<IStockDoctorService> _doctor;
    private Mock<INotificationService> _notifications;
    private Mock<IWorkContext> _workContext;

    private Mock<IStockDoctorModelFactory> _factory;

    private RepairController Controller(IBackordersInstalled installed = null)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "[fr] " + key + " {0}");
        _factory ??= new Mock<IStockDoctorModelFactory>();
        return new RepairController(installed ?? InstalledStub.Yes, _doctor.Object, localization.Object, _factory.Object, _notifications.Object, _workContext.Object);
    }

    [SetUp]
    public void SetUp()
    {
        _doctor = new Mock<IStockDoctorService>();
        _doctor.Setup(d => d.GetScopeAsync(It.IsAny<int>())).ReturnsAsync((int vendorId) => new StockDoctorScope(BackorderMode.AllowQtyBelow0, 0, vendorId));
        _notifications = new Mock<INotificationService>();
        _workContext = new Mock<IWorkContext>();
        _factory = null;
    }

    [Test]
    public async Task A_vendor_fixes_within_its_own_products()
    {
        _workContext.Setup(w => w.GetCurrentVendorAsync()).ReturnsAsync(new Vendor { Id = 7 });

        await Controller().FixSelected((int)StockDoctorReason.BuyButtonDisabledByLowStock, [3, 4]);

        _doctor.Verify(d => d.FixSelectedAsync(StockDoctorReason.BuyButtonDisabledByLowStock,
            It.Is<StockDoctorScope>(s => s.VendorId == 7), new[] { 3, 4 }), Times.Once);
    }

    [Test]
    public async Task An_unknown_reason_is_refused_with_the_resource_text_naming_the_value()
    {
        await Controller().FixSelected(99, [3]);

        _notifications.Verify(n => n.ErrorNotification("[fr] " + BackordersDefaults.ResourcePrefix + "Doctor.UnknownReason 99", true, 0));
        BackordersLocaleResources.English.Should().ContainKey(BackordersDefaults.ResourcePrefix + "Doctor.UnknownReason");
        _doctor.Verify(d => d.FixSelectedAsync(It.IsAny<StockDoctorReason>(), It.IsAny<StockDoctorScope>(), It.IsAny<IReadOnlyCollection<int>>()), Times.Never);

        (await Controller().FixBatch(99, 0)).Should().BeOfType<BadRequestObjectResult>();
    }

    [Test]
    public async Task A_used_up_limit_is_never_switched()
    {
        await Controller().FixSelected((int)StockDoctorReason.BackorderLimitUsedUp, [3]);

        _doctor.Verify(d => d.FixSelectedAsync(It.IsAny<StockDoctorReason>(), It.IsAny<StockDoctorScope>(), It.IsAny<IReadOnlyCollection<int>>()), Times.Never);
        _notifications.Verify(n => n.WarningNotification(It.Is<string>(m => m.Contains("Doctor.NotFixable")), true, 0));
    }

    [Test]
    public async Task Fix_all_runs_one_batch_per_request()
    {
        _doctor.Setup(d => d.FixNextBatchAsync(StockDoctorReason.DefaultNotApplied, It.IsAny<StockDoctorScope>(), 10, StockDoctorService.BatchSize))
            .ReturnsAsync(new StockDoctorBatch(StockDoctorReason.DefaultNotApplied, 3, 42, false));

        var result = await Controller().FixBatch((int)StockDoctorReason.DefaultNotApplied, 10);

        result.Should().BeOfType<JsonResult>().Which.Value.Should().BeEquivalentTo(new { reasonId = 5, @fixed = 3, nextAfterId = 42, done = false });
    }

    [Test]
    public async Task Uninstalled_in_process_the_page_is_gone_and_nothing_is_fixed()
    {
        var controller = Controller(InstalledStub.No);

        (await controller.StockDoctor(null)).Should().BeOfType<NotFoundResult>();
        (await controller.FixBatch(1, 0)).Should().BeOfType<NotFoundResult>();
        (await controller.FixSelected(1, [1])).Should().BeOfType<NotFoundResult>();
        _doctor.VerifyNoOtherCalls();
    }

    [Test]
    public async Task The_findings_grid_reads_its_page_within_the_vendors_products()
    {
        _workContext.Setup(w => w.GetCurrentVendorAsync()).ReturnsAsync(new Vendor { Id = 7 });
        var search = new Nop.Plugin.Inventory.Backorders.Models.StockDoctorFindingSearchModel { ReasonId = 1 };
        var page = new Nop.Plugin.Inventory.Backorders.Models.StockDoctorFindingListModel { RecordsTotal = 3 };
        _factory = new Mock<IStockDoctorModelFactory>();
        _factory.Setup(f => f.PrepareFindingListModelAsync(search, It.Is<StockDoctorScope>(s => s.VendorId == 7))).ReturnsAsync(page);

        var result = await Controller().Findings(search);

        result.Should().BeOfType<JsonResult>().Which.Value.Should().BeSameAs(page);
        (await Controller(InstalledStub.No).Findings(search)).Should().BeOfType<NotFoundResult>();
        typeof(RepairController).GetMethod(nameof(RepairController.Findings))!.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(Nop.Web.Framework.Mvc.Filters.CheckPermissionAttribute))
            .Select(a => a.ConstructorArguments[0].Value).Should().Equal(Nop.Services.Security.StandardPermission.Catalog.PRODUCTS_VIEW);
    }

    [Test]
    public void The_doctor_page_has_the_stock_import_and_export_buttons_and_lists_findings_in_nopCommerces_grid()
    {
        var view = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Views", "StockDoctor.cshtml"));

        view.Should().Contain("StockImportButtonsViewComponent", "the same buttons as on the product list");
        view.Should().Contain("new DataTablesModel").And.Contain("new DataUrl(\"Findings\", \"Repair\", null)").And.Contain("RenderCheckBox");
        view.Should().NotContain("id=\"stock-doctor-findings\"", "the findings are nopCommerce's DataTables grid, no longer a plain table");
    }
}
