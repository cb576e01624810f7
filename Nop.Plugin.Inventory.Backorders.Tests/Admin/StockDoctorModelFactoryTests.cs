using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Services.Repair;
using Nop.Services.Localization;
using R = Nop.Plugin.Inventory.Backorders.Services.Repair.StockDoctorReason;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

public class StockDoctorModelFactoryTests
{
    private readonly StockDoctorScope _scope = new(BackorderMode.AllowQtyBelow0, 0);
    private Mock<IStockDoctorService> _doctor;
    private StockDoctorModelFactory _factory;

    [SetUp]
    public void SetUp()
    {
        _doctor = new Mock<IStockDoctorService>();
        _doctor.Setup(d => d.CountAsync(_scope)).ReturnsAsync(StockDoctorRules.All.Select(r => new StockDoctorCount(r, r == R.UnpublishedByAdmin ? 0 : 2)).ToList());
        _doctor.Setup(d => d.ListAsync(It.IsAny<R>(), _scope, It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync((R r, StockDoctorScope _, int skip, int take) => Enumerable.Range(skip + 1, Math.Min(take, 2))
                .Select(i => new StockDoctorFinding { ProductId = i, Name = $"{r} {i}" }).ToList());
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "[fr] " + key);
        _factory = new StockDoctorModelFactory(localization.Object, _doctor.Object);
    }

    [Test]
    public async Task Ticks_what_the_doctor_fixes_by_default_and_names_every_reason_from_the_resources()
    {
        var model = await _factory.PrepareModelAsync(_scope, null, null, dryRun: false);

        model.Reasons.Where(r => r.Fix).Select(r => (R)r.ReasonId).Should().Equal(StockDoctorRules.ReasonsToFix(null));
        model.Reasons.Single(r => r.ReasonId == (int)R.BackorderLimitUsedUp).CanFix.Should().BeFalse();
        model.Reasons.Should().OnlyContain(r => r.Reason.StartsWith("[fr] ") && r.Cause.StartsWith("[fr] ") && r.Change.StartsWith("[fr] "));
        model.DryRun.Should().BeNull();
        _doctor.Verify(d => d.FixSelectedAsync(It.IsAny<R>(), It.IsAny<StockDoctorScope>(), It.IsAny<IReadOnlyCollection<int>>()), Times.Never);
    }

    [Test]
    public async Task A_dry_run_shows_the_ticked_reasons_with_counts_and_examples_and_changes_nothing()
    {
        var model = await _factory.PrepareModelAsync(_scope, [R.UnpublishedByAdmin, R.StockAvailabilityHidden], null, dryRun: true);

        model.DryRun.Select(r => (R)r.ReasonId).Should().Equal([R.StockAvailabilityHidden], "nothing to change for a reason with no products");
        model.DryRunTotal.Should().Be(2);
        model.DryRun[0].Examples.Select(e => e.Name).Should().Equal("StockAvailabilityHidden 1", "StockAvailabilityHidden 2");
        _doctor.Verify(d => d.FixSelectedAsync(It.IsAny<R>(), It.IsAny<StockDoctorScope>(), It.IsAny<IReadOnlyCollection<int>>()), Times.Never);
        _doctor.Verify(d => d.FixNextBatchAsync(It.IsAny<R>(), It.IsAny<StockDoctorScope>(), It.IsAny<int>(), It.IsAny<int>()), Times.Never);
    }

    [Test]
    public async Task Shows_the_reasons_findings_in_a_grid_paged_in_the_database()
    {
        var model = await _factory.PrepareModelAsync(_scope, null, R.DefaultNotApplied, dryRun: false);

        model.Shown.ReasonId.Should().Be((int)R.DefaultNotApplied);
        (model.FindingSearch.ReasonId, model.FindingSearch.PageSize).Should().Be(((int)R.DefaultNotApplied, StockDoctorModelFactory.PageSize));
        _doctor.Verify(d => d.ListAsync(It.IsAny<R>(), It.IsAny<StockDoctorScope>(), It.IsAny<int>(), It.IsAny<int>()), Times.Never,
            "the grid asks for its pages");
    }

    [Test]
    public async Task A_grid_page_is_one_count_and_one_limited_query()
    {
        _doctor.Setup(d => d.CountAsync(R.DefaultNotApplied, _scope)).ReturnsAsync(123);
        var search = new Nop.Plugin.Inventory.Backorders.Models.StockDoctorFindingSearchModel { ReasonId = (int)R.DefaultNotApplied, Start = 100, Length = 50, Draw = "3" };

        var page = await _factory.PrepareFindingListModelAsync(search, _scope);

        _doctor.Verify(d => d.ListAsync(R.DefaultNotApplied, _scope, 100, 50), Times.Once);
        (page.RecordsTotal, page.RecordsFiltered, page.Draw).Should().Be((123, 123, "3"));
        page.Data.Select(f => f.Key).Should().Equal(101, 102);
    }

    [Test]
    public async Task An_unknown_reason_gives_an_empty_grid()
    {
        var page = await _factory.PrepareFindingListModelAsync(new Nop.Plugin.Inventory.Backorders.Models.StockDoctorFindingSearchModel { ReasonId = 99 }, _scope);

        page.Data.Should().BeEmpty();
        page.RecordsTotal.Should().Be(0);
    }
}
