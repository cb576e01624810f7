using Nop.Plugin.Inventory.Backorders.Services.Documents;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

/// <summary>The layout rules alone, with a measurer that gives every character the same width.</summary>
public class PdfLayoutTests
{
    /// <summary>Every character is one point per point of font size / 2 (so "abcd" at size 10 is 20 wide).</summary>
    private sealed class FixedWidth : ITextMeasurer
    {
        public float Measure(string text, PdfTextStyle style) => (text ?? string.Empty).Length * style.Size / 2;
    }

    private static readonly PdfTextStyle Size10 = new(10f);

    [TestCase("short", 100f, new[] { "short" })]
    [TestCase("one two three four", 45f, new[] { "one two", "three", "four" })]
    [TestCase("line1\nline2", 100f, new[] { "line1", "line2" })]
    [TestCase("abcdefghijkl", 25f, new[] { "abcde", "fghij", "kl" })]
    [TestCase("", 10f, new[] { "" })]
    public void Text_wraps_between_words_then_inside_a_word_too_long_for_the_column(string text, float width, string[] expected) =>
        TextWrap.Wrap(text, width, Size10, new FixedWidth()).Should().Equal(expected);

    [Test]
    public void A_surrogate_pair_is_never_cut() =>
        TextWrap.Wrap("a😀😀😀", 10f, Size10, new FixedWidth()).Should().AllSatisfy(l => char.IsHighSurrogate(l[^1]).Should().BeFalse());

    [Test]
    public void Fixed_columns_take_their_widest_text_and_the_flexible_ones_share_the_rest()
    {
        PdfColumn[] columns = [new("Name", Flexible: true, Weight: 2), new("Qty"), new("Message", Flexible: true)];

        var widths = TableColumnWidths.Compute(columns, [0f, 20f, 0f], 500f, 3f);

        widths[1].Should().Be(26f);
        widths[0].Should().BeApproximately((500f - 26f) * 2 / 3, 0.01f);
        widths[2].Should().BeApproximately((500f - 26f) / 3, 0.01f);
        widths.Sum().Should().BeApproximately(500f, 0.01f);
    }

    [Test]
    public void Fixed_columns_shrink_so_the_flexible_ones_keep_their_minimum_share()
    {
        PdfColumn[] columns = [new("Name", Flexible: true), new("A"), new("B"), new("C"), new("D")];

        var widths = TableColumnWidths.Compute(columns, [0f, 200f, 200f, 200f, 200f], 500f, 0f);

        widths[0].Should().BeApproximately(500f * TableColumnWidths.MinFlexibleShare, 0.01f);
        widths.Skip(1).Should().AllSatisfy(w => w.Should().BeApproximately(500f * (1 - TableColumnWidths.MinFlexibleShare) / 4, 0.01f));
    }

    [Test]
    public void Without_a_flexible_column_the_table_still_spans_the_width() =>
        TableColumnWidths.Compute([new PdfColumn("A"), new PdfColumn("B")], [10f, 30f], 1000f, 0f).Should().Equal(490f, 510f);

    [TestCase(100f, 50f, 200f, false, false)]
    [TestCase(180f, 50f, 200f, false, true)]
    [TestCase(36f, 500f, 200f, true, false)]
    public void A_block_moves_to_the_next_page_when_it_does_not_fit(float y, float height, float bottom, bool atTop, bool expected) =>
        PageBreak.Needed(y, height, bottom, atTop).Should().Be(expected);

    [Test]
    public void A_long_table_repeats_its_header_on_every_page_and_numbers_the_pages()
    {
        var writer = new PdfLayoutWriter(PageGeometry.A4, new FixedWidth(), new PdfTextStyle(9f));
        var rows = Enumerable.Range(1, 200).Select(i => new PdfRow([$"row {i}", $"{i}"])).ToList();

        writer.Table(new PdfTable([new PdfColumn("Name", Flexible: true), new PdfColumn("Qty", TextAlign.End)], rows));
        var pages = writer.Finish("Page {0} of {1}");

        pages.Should().HaveCountGreaterThan(3);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Texts.Should().StartWith(["Name", "Qty"]);
            pages[i].Texts.Should().Contain($"Page {i + 1} of {pages.Count}");
            pages[i].Ops.OfType<TextOp>().Where(t => t.Text.StartsWith("row ")).Should()
                .AllSatisfy(t => t.Baseline.Should().BeLessThan(writer.Bottom + 1));
        }

        pages.SelectMany(p => p.Texts).Count(t => t.StartsWith("row ")).Should().Be(200);
    }

    [Test]
    public void A_group_title_moves_to_the_next_page_with_its_first_row()
    {
        var writer = new PdfLayoutWriter(PageGeometry.A4, new FixedWidth(), new PdfTextStyle(9f));
        var rows = new List<PdfRow>();
        for (var g = 1; g <= 40; g++)
            rows.AddRange([PdfRow.Group($"Order #{g}"), new PdfRow([$"a{g}"]), new PdfRow([$"b{g}"])]);

        writer.Table(new PdfTable([new PdfColumn("Name", Flexible: true)], rows));
        var pages = writer.Finish(null);

        pages.Should().HaveCountGreaterThan(1);
        foreach (var page in pages)
            page.Texts.Last().Should().NotStartWith("Order #");
    }

    [TestCase("abc", new[] { "abc:L" })]
    [TestCase("ספר", new[] { "ספר:R" })]
    [TestCase("Book ספר 2", new[] { "Book :L", "ספר:R", " 2:L" })]
    [TestCase("ספר Book", new[] { "Book:L", "ספר :R" })]
    [TestCase("كتاب 12 جديد", new[] { " جديد:R", "12:L", "كتاب :R" })]
    public void Bidi_runs_come_in_drawing_order(string text, string[] expected)
    {
        var runs = BidiRuns.Visual(text).Select(r => $"{r.Text}:{(r.RightToLeft ? "R" : "L")}").ToList();

        // Neighbouring runs of the same direction may be split differently; compare the drawn sequence.
        string.Concat(runs.Select(r => r[..r.LastIndexOf(':')])).Should().Be(string.Concat(expected.Select(r => r[..r.LastIndexOf(':')])));
        runs.Select(r => r[^1]).Distinct().Should().BeEquivalentTo(expected.Select(r => r[^1]).Distinct());
    }
}
