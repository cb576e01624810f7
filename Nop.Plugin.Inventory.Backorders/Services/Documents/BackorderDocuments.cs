namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

// The three documents as pure data and their layout: what the PDF service gathers from nopCommerce goes in, pages of
// drawing operations come out. All texts arrive already localized (DocumentTexts); nothing here reads a service.

/// <summary>One item line of an invoice or packaging slip, its money already formatted in the customer's currency.</summary>
/// <param name="Quantity">Invoice: quantity ordered; packaging slip: quantity in this shipment.</param>
/// <param name="QuantityBackordered">Backordered at placement (the ledger); 0 when the line had stock.</param>
/// <param name="QuantityOpen">Still waiting for stock (the ledger).</param>
public sealed record DocumentLine(
    string Name,
    IReadOnlyList<string> Attributes,
    string Sku,
    string VendorName,
    string Price,
    int Quantity,
    int QuantityBackordered,
    int QuantityOpen,
    string Total);

/// <summary>An invoice/order PDF's content.</summary>
public sealed class InvoiceData
{
    public string OrderNumber { get; init; }
    public string OrderDate { get; init; }
    public string StoreUrl { get; init; }
    public byte[] Logo { get; init; }
    public IReadOnlyList<string> BillingAddress { get; init; } = [];

    /// <summary>Empty when shipping is not required.</summary>
    public IReadOnlyList<string> ShippingAddress { get; init; } = [];

    public IReadOnlyList<DocumentLine> Lines { get; init; } = [];
    public string CheckoutAttributes { get; init; }
    public IReadOnlyList<(string Label, string Value)> Totals { get; init; } = [];
    public IReadOnlyList<(string Date, string Note)> Notes { get; init; } = [];
    public IReadOnlyList<string> FooterColumn1 { get; init; } = [];
    public IReadOnlyList<string> FooterColumn2 { get; init; } = [];
}

/// <summary>A packaging slip's content: the shipment's lines with the quantity shipped and what is still to come.</summary>
public sealed class PackagingSlipData
{
    public string ShipmentNumber { get; init; }
    public string OrderNumber { get; init; }
    public IReadOnlyList<string> ShippingAddress { get; init; } = [];
    public IReadOnlyList<DocumentLine> Lines { get; init; } = [];
}

/// <summary>Every text the documents print that is not data, already in the document's language.</summary>
public sealed record DocumentTexts
{
    /// <summary>"Order #{0}" (nopCommerce's Pdf.Order).</summary>
    public string OrderTitle { get; init; } = "Order #{0}";
    public string OrderDate { get; init; } = "Date";
    public string BillingInformation { get; init; } = "Billing Information";
    public string ShippingInformation { get; init; } = "Shipping Information";

    /// <summary>"Shipment #{0}" (nopCommerce's Pdf.Shipment).</summary>
    public string ShipmentTitle { get; init; } = "Shipment #{0}";
    public string OrderNotes { get; init; } = "Order notes";

    /// <summary>"Page {0} of {1}".</summary>
    public string PageNumber { get; init; } = "Page {0} of {1}";

    /// <summary>Headers of the invoice's columns (Quantity: "Qty" or "Qty Ordered").</summary>
    public IReadOnlyDictionary<DocumentColumn, string> InvoiceHeaders { get; init; } = new Dictionary<DocumentColumn, string>();

    /// <summary>Headers of the packaging slip's columns (Quantity: the quantity shipped).</summary>
    public IReadOnlyDictionary<DocumentColumn, string> PackagingSlipHeaders { get; init; } = new Dictionary<DocumentColumn, string>();

    public string PickListTitle { get; init; } = "Pick list";

    /// <summary>"Created on {0}".</summary>
    public string PickListCreated { get; init; } = "Created on {0}";
    public string PickListCreatedOn { get; init; } = string.Empty;
    public string PickListSku { get; init; } = "SKU";
    public string PickListName { get; init; } = "Name";
    public string PickListOrdered { get; init; } = "Ordered";
    public string PickListInStock { get; init; } = "In stock";
    public string PickListBackordered { get; init; } = "Backordered";
    public string PickListOpen { get; init; } = "Still open";
    public string PickListWarehouse { get; init; } = "Warehouse";
    public string PickListMessage { get; init; } = "Message";
}

/// <summary>Page size, base font size and direction of a document (nopCommerce's PdfSettings and the language).</summary>
public sealed record DocumentOptions(PageGeometry Geometry, float BaseFontSize, bool RightToLeft)
{
    public static DocumentOptions Default { get; } = new(PageGeometry.A4, 9f, false);

    public PdfTextStyle BaseStyle => new(BaseFontSize);
}

/// <summary>Lays out the invoice, the packaging slip and the pick list with one <see cref="PdfLayoutWriter"/>.</summary>
public static class BackorderDocuments
{
    /// <summary>The invoice in nopCommerce's order: header, addresses, items, checkout attributes, totals, notes, footer.</summary>
    public static IReadOnlyList<LaidOutPage> LayOutInvoice(InvoiceData invoice, IReadOnlyList<DocumentColumn> columns,
        DocumentTexts texts, DocumentOptions options, ITextMeasurer measurer)
    {
        var style = options.BaseStyle;
        var footer = new List<IReadOnlyList<string>>();
        if (invoice.FooterColumn1.Count > 0 || invoice.FooterColumn2.Count > 0)
            footer = [[string.Empty, .. invoice.FooterColumn1], [string.Empty, .. invoice.FooterColumn2]];
        var footerStyle = style with { Size = style.Size * 0.85f };
        var probe = new PdfLayoutWriter(options.Geometry, measurer, style);
        var footerHeight = footer.Count == 0 ? 0f : probe.LayOutColumns(footer, footerStyle, 0, options.Geometry.ContentWidth).Height + 8f;

        PdfLayoutWriter writer = null;
        writer = new PdfLayoutWriter(options.Geometry, measurer, style, footerHeight, (page, y) =>
        {
            if (footer.Count == 0)
                return;
            page.Ops.Add(new LineOp(options.Geometry.Margin, y, options.Geometry.Width - options.Geometry.Margin, y, 0.4f));
            foreach (var op in writer.LayOutColumns(footer, footerStyle, options.Geometry.Margin, options.Geometry.ContentWidth).Ops)
                page.Ops.Add(op with { Baseline = op.Baseline + y + 4f });
        });

        Header(writer, invoice.Logo, invoice.StoreUrl,
            [string.Format(texts.OrderTitle, invoice.OrderNumber), $"{texts.OrderDate}: {invoice.OrderDate}"], style);

        IReadOnlyList<string> billing = [texts.BillingInformation, .. invoice.BillingAddress];
        var addresses = new List<IReadOnlyList<string>> { billing };
        if (invoice.ShippingAddress.Count > 0)
            addresses.Add([texts.ShippingInformation, .. invoice.ShippingAddress]);
        writer.Columns(addresses, style);
        writer.Space(style.LineHeight);

        writer.Table(ItemTable(invoice.Lines, columns, texts.InvoiceHeaders, style));

        if (!string.IsNullOrWhiteSpace(invoice.CheckoutAttributes))
        {
            writer.Space(style.LineHeight / 2);
            writer.Text(invoice.CheckoutAttributes, style, TextAlign.End);
        }

        if (invoice.Totals.Count > 0)
        {
            writer.Space(style.LineHeight / 2);
            writer.Totals(invoice.Totals, style with { Bold = true });
        }

        if (invoice.Notes.Count > 0)
        {
            writer.Space(style.LineHeight);
            writer.Text(texts.OrderNotes, style with { Bold = true });
            writer.Table(new PdfTable(
                [new PdfColumn(texts.OrderDate), new PdfColumn(texts.OrderNotes, Flexible: true)],
                invoice.Notes.Select(n => new PdfRow([n.Date, n.Note])).ToList()));
        }

        return writer.Finish(texts.PageNumber);
    }

    public static IReadOnlyList<LaidOutPage> LayOutPackagingSlip(PackagingSlipData slip, IReadOnlyList<DocumentColumn> columns,
        DocumentTexts texts, DocumentOptions options, ITextMeasurer measurer)
    {
        var style = options.BaseStyle;
        var writer = new PdfLayoutWriter(options.Geometry, measurer, style);
        Header(writer, null, null,
            [string.Format(texts.ShipmentTitle, slip.ShipmentNumber), string.Format(texts.OrderTitle, slip.OrderNumber)], style);
        if (slip.ShippingAddress.Count > 0)
        {
            writer.Columns([[texts.ShippingInformation, .. slip.ShippingAddress]], style);
            writer.Space(style.LineHeight);
        }

        writer.Table(ItemTable(slip.Lines, columns, texts.PackagingSlipHeaders, style));
        return writer.Finish(texts.PageNumber);
    }

    /// <summary>The pick list: a block per order (its number as the group's title) or one line per product.</summary>
    public static IReadOnlyList<LaidOutPage> LayOutPickList(PickList pickList, DocumentTexts texts, DocumentOptions options, ITextMeasurer measurer)
    {
        var style = options.BaseStyle;
        var writer = new PdfLayoutWriter(options.Geometry, measurer, style);
        writer.Text(texts.PickListTitle, style with { Size = style.Size * 1.6f, Bold = true });
        if (!string.IsNullOrEmpty(texts.PickListCreatedOn))
            writer.Text(string.Format(texts.PickListCreated, texts.PickListCreatedOn), style);
        writer.Space(style.LineHeight);

        var columns = new List<PdfColumn>
        {
            new(texts.PickListSku),
            new(texts.PickListName, Flexible: true),
            new(texts.PickListOrdered, TextAlign.End),
            new(texts.PickListInStock, TextAlign.End),
            new(texts.PickListBackordered, TextAlign.End),
            new(texts.PickListOpen, TextAlign.End)
        };
        if (pickList.ShowWarehouse)
            columns.Add(new PdfColumn(texts.PickListWarehouse));
        // The message is the longest text of a line: the widest column.
        columns.Add(new PdfColumn(texts.PickListMessage, Flexible: true, Weight: 1.6f));

        var rows = new List<PdfRow>();
        string currentOrder = null;
        foreach (var line in pickList.Lines)
        {
            if (pickList.Grouping == PickListGrouping.ByOrder && line.OrderNumber != currentOrder)
            {
                currentOrder = line.OrderNumber;
                rows.Add(PdfRow.Group(string.Format(texts.OrderTitle, line.OrderNumber)));
            }

            var cells = new List<PdfCell>
            {
                line.Sku ?? string.Empty,
                new(line.ProductName ?? string.Empty, SplitLines(line.Attributes)),
                Number(line.QuantityOrdered),
                Number(line.QuantityInStock),
                Number(line.QuantityBackordered),
                Number(line.QuantityOpen)
            };
            if (pickList.ShowWarehouse)
                cells.Add(new PdfCell(line.WarehouseName ?? string.Empty, SplitLines(line.WarehouseLocation)));
            cells.Add(line.Message ?? string.Empty);
            rows.Add(new PdfRow(cells));
        }

        writer.Table(new PdfTable(columns, rows));
        return writer.Finish(texts.PageNumber);
    }

    /// <summary>The items table of an invoice or packaging slip with the chosen columns, in the chosen order.</summary>
    public static PdfTable ItemTable(IReadOnlyList<DocumentLine> lines, IReadOnlyList<DocumentColumn> columns,
        IReadOnlyDictionary<DocumentColumn, string> headers, PdfTextStyle style)
    {
        var pdfColumns = columns.Select(c => new PdfColumn(
            headers.TryGetValue(c, out var header) ? header : c.ToString(),
            c is DocumentColumn.Name or DocumentColumn.Sku or DocumentColumn.Vendor ? TextAlign.Start : TextAlign.End,
            Flexible: c == DocumentColumn.Name)).ToList();
        var rows = lines.Select(line => new PdfRow(columns.Select(c => Cell(line, c)).ToList())).ToList();
        return new PdfTable(pdfColumns, rows);
    }

    private static PdfCell Cell(DocumentLine line, DocumentColumn column) => column switch
    {
        DocumentColumn.Name => new PdfCell(line.Name ?? string.Empty, line.Attributes),
        DocumentColumn.Sku => line.Sku ?? string.Empty,
        DocumentColumn.Vendor => line.VendorName ?? string.Empty,
        DocumentColumn.Price => line.Price ?? string.Empty,
        DocumentColumn.Quantity => Number(line.Quantity),
        DocumentColumn.QuantityBackordered => Number(line.QuantityBackordered),
        DocumentColumn.QuantityOpen => Number(line.QuantityOpen),
        DocumentColumn.Total => line.Total ?? string.Empty,
        _ => string.Empty
    };

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> SplitLines(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The top of a document: the logo at the start, the title lines at the end (as nopCommerce's invoice).</summary>
    private static void Header(PdfLayoutWriter writer, byte[] logo, string storeUrl, IReadOnlyList<string> titleLines, PdfTextStyle style)
    {
        var logoHeight = 0f;
        if (SkiaPdfRenderer.FitImage(logo, 160f, 60f) is { } size)
        {
            writer.Image(logo, size.Width, size.Height, TextAlign.Start);
            logoHeight = size.Height;
        }

        var titleStyle = style with { Size = style.Size * 1.3f, Bold = true };
        var lines = new List<string>(titleLines);
        if (!string.IsNullOrEmpty(storeUrl))
            lines.Insert(0, storeUrl);
        var textHeight = 0f;
        foreach (var line in lines)
        {
            writer.Text(line, line == titleLines[0] ? titleStyle : style, TextAlign.End);
            textHeight += (line == titleLines[0] ? titleStyle : style).LineHeight;
        }

        writer.Space(Math.Max(0f, logoHeight - textHeight) + style.LineHeight);
    }
}
