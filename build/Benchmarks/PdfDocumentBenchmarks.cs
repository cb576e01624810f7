using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Plugin.Inventory.Backorders.Tests.Documents;
using SkiaSharp;

namespace Backorders.Benchmarks;

/// <summary>
/// The plugin's PDFs (layout + SkiaSharp/HarfBuzz rendering): a pick list of 1,000 orders × 3 lines, and invoices (one per
/// operation, 100 per invocation). Baseline per document: the same texts drawn with the same fonts and shaper, one line
/// per row at fixed positions (fonts cut down to the printed characters as in the documents), with no table layout
/// (no measuring, widths, wrapping, header rows or page numbers).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MemoryDiagnoser]
public class PdfDocumentBenchmarks
{
    private const int Invoices = 100;

    private PickList _pickList;
    private InvoiceData _invoice;
    private DocumentTexts _texts;
    private readonly MemoryStream _stream = new();

    [GlobalSetup]
    public void SetUp()
    {
        var lines = new List<PickListLine>();
        for (var order = 1; order <= 1000; order++)
        {
            lines.Add(SampleDocuments.Line($"{order}", $"GB-{order % 50:000}", "Garden bench", 5, 3, 2, 1,
                "2 of the items you ordered are on backorder, and we only have 3 available right now", "Main", "Colour: Green"));
            lines.Add(SampleDocuments.Line($"{order}", $"WC-{order % 70:000}", "Watering can", 3, 40, 0, 0, "", "Main"));
            lines.Add(SampleDocuments.Line($"{order}", $"HR-{order % 30:000}", "Hose reel", 4, 0, 4, 4,
                "4 of the items you ordered are on backorder, and we only have 0 available right now", "North"));
        }

        _pickList = new PickList(PickListGrouping.ByOrder, lines, true, DateTime.UtcNow);
        _invoice = SampleDocuments.Invoice();
        _texts = SampleDocuments.Texts();
    }

    [Benchmark(Baseline = true, Description = "pick list 1,000 orders x 3: same text, no table layout")]
    [BenchmarkCategory("PickList")]
    public long PickListPlainText() => PlainText(PickListRows(_pickList));

    [Benchmark(Description = "pick list 1,000 orders x 3: BackorderDocuments + SkiaPdfRenderer")]
    [BenchmarkCategory("PickList")]
    public long PickList() => Render((o, f) => BackorderDocuments.LayOutPickList(_pickList, _texts, o, f));

    [Benchmark(Baseline = true, OperationsPerInvoke = Invoices, Description = "invoice: same text, no table layout")]
    [BenchmarkCategory("Invoice")]
    public long InvoicePlainText()
    {
        long total = 0;
        for (var i = 0; i < Invoices; i++)
            total += PlainText(InvoiceRows(_invoice));
        return total;
    }

    [Benchmark(OperationsPerInvoke = Invoices, Description = "invoice: BackorderDocuments + SkiaPdfRenderer")]
    [BenchmarkCategory("Invoice")]
    public long Invoice()
    {
        long total = 0;
        for (var i = 0; i < Invoices; i++)
            total += Render((o, f) => BackorderDocuments.LayOutInvoice(_invoice, SampleDocuments.AllColumns, _texts, o, f));
        return total;
    }

    // A document as the service writes it: fonts loaded per document, laid out, rendered.
    private long Render(Func<DocumentOptions, ITextMeasurer, IReadOnlyList<LaidOutPage>> layOut)
    {
        _stream.SetLength(0);
        var options = DocumentOptions.Default;
        using var fonts = SkiaPdfFonts.Load(null);
        SkiaPdfRenderer.Render(_stream, layOut(options, fonts), options.Geometry, fonts, false, "benchmark");
        return _stream.Length;
    }

    private long PlainText(IEnumerable<string> rowTexts)
    {
        _stream.SetLength(0);
        var rows = rowTexts.ToList();
        var geometry = PageGeometry.A4;
        var style = new PdfTextStyle(9f);
        using var fonts = SkiaPdfFonts.Load(null);
        using var paint = new SKPaint { Color = SKColors.Black };
        // The same embedded font subsets as the documents, so the ratio is the layout's cost.
        fonts.UseSubsets(rows.Select(r => (r, false)));
        using (var document = SKDocument.CreatePdf(_stream))
        {
            var canvas = document.BeginPage(geometry.Width, geometry.Height);
            var y = geometry.Margin;
            foreach (var row in rows)
            {
                if (y + style.LineHeight > geometry.Height - geometry.Margin)
                {
                    document.EndPage();
                    canvas = document.BeginPage(geometry.Width, geometry.Height);
                    y = geometry.Margin;
                }

                fonts.Draw(canvas, row, geometry.Margin, y + style.Size, style, paint);
                y += style.LineHeight;
            }

            document.EndPage();
            document.Close();
        }

        return _stream.Length;
    }

    private static IEnumerable<string> PickListRows(PickList pickList)
    {
        string order = null;
        foreach (var l in pickList.Lines)
        {
            if (l.OrderNumber != order)
                yield return $"Order #{order = l.OrderNumber}";
            yield return $"{l.Sku} {l.ProductName} {l.QuantityOrdered} {l.QuantityInStock} {l.QuantityBackordered} {l.QuantityOpen} {l.WarehouseName}";
            if (!string.IsNullOrEmpty(l.Attributes))
                yield return l.Attributes;
            if (!string.IsNullOrEmpty(l.Message))
                yield return l.Message;
        }
    }

    private static IEnumerable<string> InvoiceRows(InvoiceData invoice)
    {
        yield return invoice.StoreUrl;
        yield return $"Order #{invoice.OrderNumber}";
        yield return invoice.OrderDate;
        foreach (var a in invoice.BillingAddress.Concat(invoice.ShippingAddress))
            yield return a;
        foreach (var l in invoice.Lines)
        {
            yield return $"{l.Name} {l.Sku} {l.VendorName} {l.Price} {l.Quantity} {l.QuantityBackordered} {l.QuantityOpen} {l.Total}";
            foreach (var a in l.Attributes)
                yield return a;
        }

        foreach (var (label, value) in invoice.Totals)
            yield return $"{label}: {value}";
        foreach (var (date, note) in invoice.Notes)
            yield return $"{date} {note}";
        foreach (var f in invoice.FooterColumn1.Concat(invoice.FooterColumn2))
            yield return f;
    }
}
