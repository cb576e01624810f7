using System.Globalization;
using CsvHelper;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;

namespace Nop.Plugin.Inventory.Backorders.Tests.Ledger;

public class CsvSafeTests
{
    [TestCase("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [TestCase("+1", "'+1")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("@cmd", "'@cmd")]
    [TestCase("\tX", "'\tX")]
    [TestCase("\rX", "'\rX")]
    [TestCase("\nX", "'\nX")]
    [TestCase("\uFF1D1+1", "'\uFF1D1+1")]
    [TestCase("\uFF0B1", "'\uFF0B1")]
    [TestCase("\uFF0D1", "'\uFF0D1")]
    [TestCase("\uFF20x", "'\uFF20x")]
    [TestCase("Blue mug", "Blue mug")]
    [TestCase("MUG-1", "MUG-1")]
    [TestCase("a=b", "a=b")]
    [TestCase(" =1", " =1")]
    [TestCase("'=1", "'=1")]
    [TestCase("", "")]
    [TestCase(null, "")]
    public void A_value_that_starts_like_a_formula_becomes_text(string value, string expected) =>
        CsvSafe.Text(value).Should().Be(expected);
}

public class OpenBackordersQueryRuleTests
{
    [TestCase(OpenBackordersQuery.AnyStatus, new int[0])]
    [TestCase(OpenBackordersQuery.StillOpen, new[] { 10, 20 })]
    [TestCase(10, new[] { 10 })]
    [TestCase(20, new[] { 20 })]
    [TestCase(30, new[] { 30 })]
    [TestCase(40, new[] { 40 })]
    [TestCase(99, new[] { -1 })]
    [TestCase(-5, new[] { -1 })]
    public void A_status_filter_stands_for_these_statuses(int filter, int[] expected) =>
        OpenBackordersQuery.Statuses(filter).Should().Equal(expected);

    [TestCase(null, null)]
    [TestCase("", null)]
    [TestCase("   ", null)]
    [TestCase(" mug ", "mug")]
    public void Text_filters_are_trimmed_and_empty_means_none(string value, string expected) =>
        OpenBackordersQuery.Text(value).Should().Be(expected);

    [TestCase(5, 0, 0, 5)]
    [TestCase(5, 2, 0, 3)]
    [TestCase(5, 2, 3, 0)]
    [TestCase(5, 5, 1, 0)]
    public void Open_is_backordered_less_filled_and_cancelled_never_negative(int backordered, int filled, int cancelled, int open) =>
        BackorderQuantities.Open(backordered, filled, cancelled).Should().Be(open);

    [TestCase("2026-11-20 10:00", "2026-11-20 23:59", 0)]
    [TestCase("2026-11-20 10:00", "2026-11-21 09:59", 0)]
    [TestCase("2026-11-20 10:00", "2026-11-21 10:00", 1)]
    [TestCase("2026-11-20 10:00", "2026-11-30 11:00", 10)]
    [TestCase("2026-11-21 10:00", "2026-11-20 10:00", 0)]
    public void Days_waiting_are_whole_days_since_the_order(string created, string now, int days) =>
        BackorderQuantities.DaysWaiting(DateTime.Parse(created, CultureInfo.InvariantCulture), DateTime.Parse(now, CultureInfo.InvariantCulture))
            .Should().Be(days);
}

public class CustomerBackorderNoteTests
{
    private static OpenBackorderRow Line(int customerId = 31, BackorderMode mode = BackorderMode.AllowQtyBelow0AndNotifyCustomer,
        int ordered = 5, int backordered = 2, int filled = 0, int cancelled = 0, BackorderLineStatus status = BackorderLineStatus.Open) => new()
    {
        CustomerId = customerId, BackorderModeId = (int)mode, QuantityOrdered = ordered, QuantityBackordered = backordered,
        QuantityFilled = filled, QuantityCancelled = cancelled, StatusId = (int)status
    };

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(Line(), 31, 2).SetName("{m}(own order, tells customers: 2 of 5)");
        yield return new TestCaseData(Line(filled: 1, status: BackorderLineStatus.PartlyFilled), 31, 1).SetName("{m}(partly filled: what still waits)");
        yield return new TestCaseData(Line(filled: 2, status: BackorderLineStatus.Filled), 31, null).SetName("{m}(filled: nothing)");
        yield return new TestCaseData(Line(cancelled: 2, status: BackorderLineStatus.Cancelled), 31, null).SetName("{m}(cancelled: nothing)");
        yield return new TestCaseData(Line(mode: BackorderMode.AllowQtyBelow0), 31, null).SetName("{m}(do not tell customers: nothing)");
        yield return new TestCaseData(Line(mode: BackorderMode.NoBackorders), 31, null).SetName("{m}(no backorders now: nothing)");
        yield return new TestCaseData(Line(), 32, null).SetName("{m}(someone else's order: nothing)");
        yield return new TestCaseData(Line(), 0, null).SetName("{m}(no customer: nothing)");
        yield return new TestCaseData(null, 31, null).SetName("{m}(no ledger line: nothing)");
    }

    [TestCaseSource(nameof(Cases))]
    public void The_customer_sees_what_still_waits_only_on_their_own_order_when_told(OpenBackorderRow line, int customerId, int? expected) =>
        CustomerBackorderNote.OnBackorder(line, customerId).Should().Be(expected);
}

public class OpenBackordersCsvTests
{
    private static async IAsyncEnumerable<IReadOnlyList<OpenBackordersCsv.Cell>> Rows(params IReadOnlyList<OpenBackordersCsv.Cell>[] rows)
    {
        foreach (var row in rows)
            yield return row;
        await Task.CompletedTask;
    }

    [Test]
    public async Task Text_cells_are_neutralised_quoted_as_needed_and_numbers_written_plainly()
    {
        var writer = new StringWriter();
        var count = await OpenBackordersCsv.WriteAsync(writer, ["Order #", "Product", "Still open"], Rows(
            ["1001", "=HYPERLINK(\"http://x\")", 3],
            ["1002", "Mug, \"large\"\nblue", -1]));

        count.Should().Be(2);
        using var reader = new CsvReader(new StringReader(writer.ToString()), CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (await reader.ReadAsync())
            records.Add([reader.GetField(0), reader.GetField(1), reader.GetField(2)]);

        records.Should().HaveCount(3);
        records[0].Should().Equal("Order #", "Product", "Still open");
        records[1].Should().Equal("1001", "'=HYPERLINK(\"http://x\")", "3");
        records[2].Should().Equal("1002", "Mug, \"large\"\nblue", "-1");
    }
}
