using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using static Nop.Plugin.Inventory.Backorders.Domain.BackorderLineStatus;

namespace Nop.Plugin.Inventory.Backorders.Tests.Ledger;

/// <summary>The pure rules of a ledger line's life (<see cref="LineQuantities"/>) and of filling (<see cref="BackorderFill"/>).</summary>
public class LifeRulesTests
{
    private static LineQuantities Line(int ordered, int backordered, int filled = 0, int cancelled = 0) =>
        new(ordered, backordered, filled, cancelled, LineQuantities.StatusFor(backordered, filled, cancelled, lineCancelled: false));

    [TestCase(5, 3, 3, 0, Open, TestName = "New: 3 of 5 wait")]
    [TestCase(5, 9, 5, 0, Open, TestName = "New: never more waits than was ordered")]
    [TestCase(5, -2, 0, 0, Cancelled, TestName = "New: never negative")]
    public void New_line(int ordered, int backordered, int expectedBackordered, int expectedOpen, BackorderLineStatus expectedStatus)
    {
        var line = LineQuantities.New(ordered, backordered);
        line.Backordered.Should().Be(expectedBackordered);
        if (expectedBackordered > 0)
            line.Status.Should().Be(expectedStatus);
    }

    [TestCase(3, 0, 0, 1, 1, PartlyFilled, TestName = "Fill 1 of 3: partly filled")]
    [TestCase(3, 1, 0, 2, 3, Filled, TestName = "Fill the rest: filled")]
    [TestCase(3, 0, 0, 7, 3, Filled, TestName = "Fill more than waits: only what waits")]
    [TestCase(3, 0, 0, -2, 0, Open, TestName = "Fill a negative amount: nothing")]
    [TestCase(3, 0, 3, 1, 0, Cancelled, TestName = "Cancelled line: nothing to fill")]
    public void Fill(int backordered, int filled, int cancelled, int units, int expectedFilled, BackorderLineStatus expectedStatus)
    {
        var line = new LineQuantities(5, backordered, filled, cancelled, LineQuantities.StatusFor(backordered, filled, cancelled, cancelled > 0)).Fill(units);
        line.Filled.Should().Be(expectedFilled);
        line.Status.Should().Be(expectedStatus);
    }

    [TestCase(3, 0, 3, Cancelled, TestName = "Cancel waiting line: all 3 cancelled")]
    [TestCase(3, 1, 2, Cancelled, TestName = "Cancel partly filled line: the 2 waiting cancelled, the filled unit stays counted")]
    [TestCase(3, 3, 0, Filled, TestName = "Cancel filled line: nothing waits, stays filled")]
    public void Cancel_open(int backordered, int filled, int expectedCancelled, BackorderLineStatus expectedStatus)
    {
        var line = Line(5, backordered, filled).CancelOpen();
        line.Cancelled.Should().Be(expectedCancelled);
        line.Status.Should().Be(expectedStatus);
        line.Open.Should().Be(0);
        line.CancelOpen().Should().Be(line, "cancelling twice changes nothing");
    }

    // ordered, backordered, filled, new quantity, added-and-backordered → ordered, backordered, filled, open, status
    [TestCase(5, 3, 0, 4, 0, 4, 2, 0, 2, Open, TestName = "Edit 5→4, 3 waiting: one waiting unit goes")]
    [TestCase(5, 3, 0, 2, 0, 2, 0, 0, 0, Cancelled, TestName = "Edit 5→2, 3 waiting: all waiting units go, nothing left to wait")]
    [TestCase(5, 3, 1, 2, 0, 2, 1, 1, 0, Filled, TestName = "Edit 5→2, 1 of 3 filled: 2 waiting and 1 from stock go; the filled unit remains")]
    [TestCase(5, 5, 5, 2, 0, 2, 2, 2, 0, Filled, TestName = "Edit 5→2, all filled: filled units go last")]
    [TestCase(5, 3, 0, 0, 0, 0, 0, 0, 0, Cancelled, TestName = "Edit to 0: nothing of the line remains")]
    [TestCase(1, 1, 0, 4, 3, 4, 4, 0, 4, Open, TestName = "Edit 1→4, stock covered none of the 3 added")]
    [TestCase(1, 1, 1, 4, 2, 4, 3, 1, 2, PartlyFilled, TestName = "Edit 1→4 of a filled line, 2 of 3 added backordered: waits again")]
    [TestCase(1, 1, 0, 4, 9, 4, 4, 0, 4, Open, TestName = "Edit up: never more backordered than was added")]
    public void Edit_quantity(int ordered, int backordered, int filled, int newQuantity, int newlyBackordered,
        int expectedOrdered, int expectedBackordered, int expectedFilled, int expectedOpen, BackorderLineStatus expectedStatus)
    {
        var line = Line(ordered, backordered, filled).EditQuantity(newQuantity, newlyBackordered);
        line.Should().Be(new LineQuantities(expectedOrdered, expectedBackordered, expectedFilled, line.Cancelled, expectedStatus));
        line.Open.Should().Be(expectedOpen);
        (line.Filled + line.Open).Should().BeLessThanOrEqualTo(line.Ordered);
    }

    [Test]
    public void Edit_of_a_cancelled_line_never_brings_it_back()
    {
        var line = Line(5, 3).CancelOpen().EditQuantity(2, 2);
        line.Should().Be(new LineQuantities(2, 2, 0, 2, Cancelled));
    }

    [TestCase(54, 6, 54, TestName = "Stock −54 → +6: all 54 waiting units")]
    [TestCase(54, -44, 10, TestName = "Stock −54 → −44: 10 units")]
    [TestCase(54, -54, 0, TestName = "Shortfall explains everything: nothing")]
    [TestCase(54, -60, 0, TestName = "Stock fell further: nothing (never negative)")]
    [TestCase(0, 20, 0, TestName = "Nothing waits: nothing")]
    [TestCase(10, -30, 0, TestName = "Backorders from before the ledger: nothing until they are covered")]
    public void Fillable(int totalOpen, int available, int expected) => BackorderFill.Fillable(totalOpen, available).Should().Be(expected);

    [Test]
    public void Allocate_hands_units_out_in_the_given_order_until_they_run_out()
    {
        var lines = new[] { ("old", 2), ("skipped: waits for nothing", 0), ("middle", 3), ("new", 4) };
        BackorderFill.Allocate(4, lines, l => l.Item2).Select(a => (a.Line.Item1, a.Units))
            .Should().Equal(("old", 2), ("middle", 2));
        BackorderFill.Allocate(0, lines, l => l.Item2).Should().BeEmpty();
    }

    [TestCase(3, 0, -2, 2, TestName = "Added 3, stock 1 → −2: 2 backordered")]
    [TestCase(3, 0, 5, 0, TestName = "Added 3 in stock: nothing")]
    [TestCase(2, 54, -56, 2, TestName = "Added 2 behind 54 waiting units: both")]
    [TestCase(2, 54, -54, 0, TestName = "Shortfall already explained by waiting lines: nothing")]
    [TestCase(2, 0, -100, 2, TestName = "Never more than added")]
    public void Newly_backordered(int added, int totalOpen, int available, int expected) =>
        BackorderFill.NewlyBackordered(added, totalOpen, available).Should().Be(expected);
}
