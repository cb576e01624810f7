using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Plugin.Inventory.Backorders.Tests.Documents;

// Usage: dotnet run --project build/DocumentSamples -- <output folder> [logo.png]
// Writes invoice.pdf, packaging-slip.pdf and pick-list.pdf with the plugin's layout (DejaVu Sans, A4).
var output = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(output);
var logo = args.Length > 1 && File.Exists(args[1]) ? File.ReadAllBytes(args[1]) : null;

var texts = SampleDocuments.Texts(renamed: true);
var sample = SampleDocuments.Invoice();
var invoice = new InvoiceData
{
    OrderNumber = sample.OrderNumber,
    OrderDate = sample.OrderDate,
    StoreUrl = sample.StoreUrl,
    Logo = logo,
    BillingAddress = sample.BillingAddress,
    ShippingAddress = sample.ShippingAddress,
    Lines = [.. sample.Lines, new DocumentLine("كتاب جديد", [], "AR-1", "Dar Books", "£8.00", 2, 1, 1, "£16.00")],
    Totals = sample.Totals,
    Notes = sample.Notes,
    FooterColumn1 = sample.FooterColumn1,
    FooterColumn2 = sample.FooterColumn2
};

Write("invoice.pdf", "Order #1042", (o, f) => BackorderDocuments.LayOutInvoice(invoice, SampleDocuments.AllColumns, texts, o, f));
Write("packaging-slip.pdf", "Shipment #77", (o, f) => BackorderDocuments.LayOutPackagingSlip(SampleDocuments.PackagingSlip(),
    [DocumentColumn.Name, DocumentColumn.Sku, DocumentColumn.Quantity, DocumentColumn.QuantityBackordered, DocumentColumn.QuantityOpen], texts, o, f));
Write("pick-list.pdf", "Pick list", (o, f) => BackorderDocuments.LayOutPickList(SampleDocuments.PickList(), texts, o, f));

void Write(string file, string title, Func<DocumentOptions, ITextMeasurer, IReadOnlyList<LaidOutPage>> layOut)
{
    var options = DocumentOptions.Default;
    using var fonts = SkiaPdfFonts.Load(null);
    using var stream = File.Create(Path.Combine(output, file));
    SkiaPdfRenderer.Render(stream, layOut(options, fonts), options.Geometry, fonts, false, title);
    Console.WriteLine(Path.Combine(output, file));
}
