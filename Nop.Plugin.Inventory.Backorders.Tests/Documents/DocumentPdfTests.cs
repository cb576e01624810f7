using Nop.Plugin.Inventory.Backorders.Services.Documents;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

/// <summary>The plugin's three PDFs rendered with SkiaSharp + HarfBuzz and read back with PdfPig 0.1.16.</summary>
public class DocumentPdfTests
{
    private static IReadOnlyList<PdfReadBack.Page> Invoice(InvoiceData invoice = null, IReadOnlyList<DocumentColumn> columns = null,
        DocumentTexts texts = null, DocumentOptions options = null) =>
        PdfReadBack.Read(PdfReadBack.Render((o, m) => BackorderDocuments.LayOutInvoice(invoice ?? SampleDocuments.Invoice(),
            columns ?? SampleDocuments.AllColumns, texts ?? SampleDocuments.Texts(), o, m), options));

    private static IReadOnlyList<PdfReadBack.Page> PickList(PickList pickList) =>
        PdfReadBack.Read(PdfReadBack.Render((o, m) => BackorderDocuments.LayOutPickList(pickList, SampleDocuments.Texts(), o, m)));

    [Test]
    public void Invoice_prints_the_backordered_and_still_open_quantity_of_every_line_in_their_columns()
    {
        var page = Invoice().Single();

        page.ValueUnder("Backordered", "Garden").Should().Be("2");
        page.ValueUnder("Backordered", "Watering").Should().Be("0", "a line with nothing backordered prints 0");
        page.ValueUnder("Backordered", "Hose").Should().Be("4");
        page.ValueUnder("open", "Garden").Should().Be("1");
        page.ValueUnder("open", "Hose").Should().Be("4");
        page.ValueUnder("SKU", "Garden").Should().Be("GB-150");
        page.ValueUnder("Total", "Garden").Should().Be("£600.00");
        page.Lines.Should().Contain(l => l.StartsWith("Name SKU Vendor Price Qty Qty"), "the header keeps the chosen order");
    }

    [Test]
    public void Invoice_prints_Qty_Ordered_when_the_quantity_is_renamed()
    {
        DocumentColumn[] columns = [DocumentColumn.Name, DocumentColumn.Sku, DocumentColumn.Quantity, DocumentColumn.QuantityBackordered, DocumentColumn.Total];
        var renamed = Invoice(columns: columns, texts: SampleDocuments.Texts(renamed: true)).Single();
        var plain = Invoice(columns: columns).Single();
        var allColumns = Invoice(texts: SampleDocuments.Texts(renamed: true)).Single();

        renamed.Lines.Should().Contain("Name SKU Qty Ordered Qty Backordered Total");
        renamed.ValueUnder("Ordered", "Garden").Should().Be("5");
        plain.Lines.Should().Contain("Name SKU Qty Qty Backordered Total");
        allColumns.ValueUnder("Ordered", "Garden").Should().Be("5", "with every column the headers wrap between their words");
    }

    [Test]
    public void Invoice_prints_only_the_chosen_columns_in_the_chosen_order()
    {
        var page = Invoice(columns: [DocumentColumn.QuantityBackordered, DocumentColumn.Name]).Single();

        page.Lines.Should().Contain("Qty Backordered Name");
        page.Text.Should().NotContain("GB-150").And.NotContain("£600.00 ");
        page.Lines.Should().Contain("2 Garden bench");
    }

    [Test]
    public void Invoice_has_nopCommerces_parts_header_addresses_attributes_totals_notes_footer_and_page_number()
    {
        var text = Invoice().Single().Text;

        text.Should().Contain("Order #1042").And.Contain("Date: Monday, November 30, 2026").And.Contain("https://shop.example.com");
        text.Should().Contain("Billing Information").And.Contain("Shipping Information").And.Contain("12 Harbour Street, Bristol");
        text.Should().Contain("Colour: Green").And.Contain("Size: 1.5 m");
        text.Should().Contain("Sub-total: £757.50").And.Contain("Order total: £915.00");
        text.Should().Contain("Order notes").And.Contain("Two hose reels follow next week.");
        text.Should().Contain("VAT GB 123 4567 89").And.Contain("Page 1 of 1");
    }

    [Test]
    public void Packaging_slip_prints_the_shipped_quantity_and_what_is_still_to_come()
    {
        var page = PdfReadBack.Read(PdfReadBack.Render((o, m) => BackorderDocuments.LayOutPackagingSlip(SampleDocuments.PackagingSlip(),
            [DocumentColumn.Name, DocumentColumn.Sku, DocumentColumn.Quantity, DocumentColumn.QuantityBackordered, DocumentColumn.QuantityOpen],
            SampleDocuments.Texts(), o, m))).Single();

        page.Text.Should().Contain("Shipment #77").And.Contain("Order #1042").And.Contain("Shipping Information");
        page.ValueUnder("shipped", "Garden").Should().Be("3");
        page.ValueUnder("Backordered", "Garden").Should().Be("2");
        page.ValueUnder("open", "Garden").Should().Be("1");
        page.ValueUnder("open", "Watering").Should().Be("0");
    }

    [Test]
    public void Pick_list_by_order_puts_each_orders_lines_under_its_number_with_the_message()
    {
        var page = PickList(SampleDocuments.PickList()).Single();
        var lines = page.Lines.ToList();

        lines.Should().Contain("Pick list").And.Contain("Created on 11/30/2026 9:00 AM");
        var order1042 = lines.IndexOf("Order #1042");
        var order1043 = lines.IndexOf("Order #1043");
        order1042.Should().BeGreaterThan(0);
        order1043.Should().BeGreaterThan(order1042);
        lines.FindIndex(l => l.StartsWith("GB-150")).Should().BeInRange(order1042, order1043);
        lines.FindIndex(l => l.StartsWith("HR-25")).Should().BeGreaterThan(order1043);
        page.ColumnText("Message").Should().Be("2 of the items you ordered are on backorder, and we only have 3 available right now "
                                              + "4 of the items you ordered are on backorder, and we only have 0 available right now");
        page.ValueUnder("Backordered", "GB-150").Should().Be("2");
        page.ValueUnder("stock", "GB-150").Should().Be("3");
        page.ValueUnder("Warehouse", "HR-25").Should().Be("North");
        page.ValueUnder("Backordered", "WC-10").Should().Be("0");
        page.ValueUnder("Message", "WC-10").Should().BeEmpty("nothing is backordered on that line");
    }

    [Test]
    public void Pick_list_by_product_has_no_order_blocks_and_no_warehouse_column_when_not_shown()
    {
        var page = PickList(SampleDocuments.PickList(PickListGrouping.ByProduct, showWarehouse: false)).Single();

        page.Text.Should().NotContain("Order #").And.NotContain("Warehouse").And.NotContain("North");
        page.ValueUnder("Ordered", "GB-150").Should().Be("7");
        page.ValueUnder("open", "GB-150").Should().Be("3");
        page.Lines.Where(l => l.StartsWith("GB-150")).Should().ContainSingle();
    }

    [TestCase("Bolt [orderNumber] <b>&</b>")]
    [TestCase("Nut [productSku] &amp; {0} %s")]
    public void Markup_and_bracket_text_in_names_print_literally(string name)
    {
        var pickList = new PickList(PickListGrouping.ByOrder,
            [SampleDocuments.Line("7", "B-1", name, 1, 0, 1, 1, $"1 of {name} on backorder")], false, DateTime.UtcNow);
        var invoice = SampleDocuments.Invoice([new DocumentLine(name, [], "B-1", "", "£1.00", 1, 1, 1, "£1.00")]);

        var page = PickList(pickList).Single();
        var nameColumn = page.Words.First(w => w.Text == "Ordered").Left - page.Words.First(w => w.Text == "Name").Left;
        page.ColumnText("Name", nameColumn).Should().Be("#7 " + name, "the order's title, then the name (wrapped in its column)");
        page.ColumnText("Message").Should().Be($"1 of {name} on backorder");
        Invoice(invoice).Single().Text.Should().Contain(name);
    }

    [Test]
    public void Hebrew_and_Arabic_names_are_shaped_and_ordered()
    {
        const string hebrew = "ספר שירים";
        const string arabic = "كتاب جديد";
        var invoice = SampleDocuments.Invoice(
        [
            new DocumentLine(hebrew, [], "HE-1", "", "₪10.00", 2, 1, 1, "₪20.00"),
            new DocumentLine(arabic, [], "AR-1", "", "10.00", 3, 2, 2, "30.00"),
            new DocumentLine("Book " + hebrew, [], "MX-1", "", "1.00", 1, 0, 0, "1.00")
        ]);

        var page = Invoice(invoice).Single();
        var text = PdfReadBack.Normalize(page.Text);

        text.Should().Contain(PdfReadBack.Visual(hebrew), "right-to-left runs read back in visual order");
        text.Should().Contain(PdfReadBack.Visual(arabic), "Arabic is shaped into presentation forms that normalise back to the letters");
        text.Should().Contain("Book " + PdfReadBack.Visual(hebrew), "a Latin word before a Hebrew run stays before it");
        page.Text.Should().NotContain(arabic, "unshaped Arabic would come back as the isolated letters in logical order");
        page.ValueUnder("Backordered", "AR-1").Should().Be("2");
    }

    [Test]
    public void The_fonts_are_cut_down_to_the_printed_characters()
    {
        // SkiaSharp embeds a TrueType font whole: DejaVu Sans regular + bold made this invoice ~740 KB before FontSubset.
        var pdf = PdfReadBack.Render((o, m) => BackorderDocuments.LayOutInvoice(SampleDocuments.Invoice(), SampleDocuments.AllColumns, SampleDocuments.Texts(), o, m));

        pdf.Length.Should().BeLessThan(100_000);
        PdfReadBack.Read(pdf).Single().Text.Should().Contain("Garden bench").And.Contain("£600.00");
    }

    [TestCase(false, 595, 842)]
    [TestCase(true, 612, 792)]
    public void Page_size_follows_nopCommerces_letter_setting(bool letter, int width, int height)
    {
        var options = DocumentOptions.Default with { Geometry = PageGeometry.For(letter) };

        foreach (var page in Invoice(options: options).Concat(PdfReadBack.Read(PdfReadBack.Render((o, m) =>
                     BackorderDocuments.LayOutPickList(SampleDocuments.PickList(), SampleDocuments.Texts(), o, m), options))))
        {
            ((int)Math.Round(page.Width)).Should().Be(width);
            ((int)Math.Round(page.Height)).Should().Be(height);
        }
    }

    [Test]
    public void A_hundred_lines_span_pages_with_the_header_row_on_every_page()
    {
        var lines = Enumerable.Range(1, 100)
            .Select(i => new DocumentLine($"Product {i}", i % 3 == 0 ? ["Colour: Red"] : [], $"SKU-{i:000}", "", "£1.00", i, i % 4, i % 2, $"£{i}.00"))
            .ToList();

        var pages = Invoice(SampleDocuments.Invoice(lines));

        pages.Should().HaveCountGreaterThan(2);
        foreach (var page in pages)
        {
            page.Lines.Should().Contain(l => l.StartsWith("Name SKU Vendor Price Qty Qty"), "the header row repeats on page {0}", pages.ToList().IndexOf(page) + 1);
            page.Text.Should().Contain($"Page {pages.ToList().IndexOf(page) + 1} of {pages.Count}");
        }

        var skus = pages.SelectMany(p => p.Words).Where(w => w.Text.StartsWith("SKU-")).Select(w => w.Text).ToList();
        skus.Should().BeEquivalentTo(lines.Select(l => l.Sku), o => o.WithStrictOrdering(), "every line once, in order, none cut at a break");
        foreach (var i in new[] { 1, 40, 99, 100 })
            pages.Single(p => p.Words.Any(w => w.Text == $"SKU-{i:000}")).ValueUnder("Backordered", $"SKU-{i:000}").Should().Be((i % 4).ToString());
    }

    [Test]
    public void A_pick_list_of_a_hundred_orders_repeats_its_header_and_keeps_each_order_title_with_its_first_line()
    {
        var lines = Enumerable.Range(1, 100).SelectMany(o => new[]
        {
            SampleDocuments.Line($"{o}", $"A-{o}", "Bench", 2, 1, 1, 1, "1 backordered"),
            SampleDocuments.Line($"{o}", $"B-{o}", "Can", 1, 5, 0, 0)
        }).ToList();

        var pages = PickList(new PickList(PickListGrouping.ByOrder, lines, false, DateTime.UtcNow));

        pages.Should().HaveCountGreaterThan(2);
        foreach (var page in pages)
        {
            page.Lines.Should().Contain(l => l.StartsWith("SKU Name Ordered In"));
            page.Lines.Last(l => !l.StartsWith("Page ")).Should().NotStartWith("Order #", "an order's title never ends a page");
        }
    }
}
