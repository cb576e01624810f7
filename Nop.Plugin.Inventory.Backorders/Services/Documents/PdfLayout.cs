namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

// The pure half of the plugin's PDFs: page geometry, text wrapping, column widths and page breaks, producing a list of
// pages of drawing operations. Nothing here knows SkiaSharp; text widths come from an ITextMeasurer (Skia's shaper in
// the documents, a fixed width per character in the tests).

public enum TextAlign
{
    Start = 0,
    End = 10,
    Center = 20
}

/// <summary>A text style: size in points and weight.</summary>
public readonly record struct PdfTextStyle(float Size, bool Bold = false)
{
    public float LineHeight => Size * 1.3f;
}

/// <summary>Measures the advance width of one line of text (shaped, bidi runs included).</summary>
public interface ITextMeasurer
{
    float Measure(string text, PdfTextStyle style);
}

/// <summary>A page size in points.</summary>
public sealed record PageGeometry(float Width, float Height, float Margin)
{
    public static PageGeometry A4 { get; } = new(595.28f, 841.89f, 36f);

    public static PageGeometry Letter { get; } = new(612f, 792f, 36f);

    /// <summary>nopCommerce's choice: PdfSettings.LetterPageSizeEnabled.</summary>
    public static PageGeometry For(bool letterPageSizeEnabled) => letterPageSizeEnabled ? Letter : A4;

    public float ContentWidth => Width - 2 * Margin;
}

public abstract record DrawOp;

/// <summary>One line of text; <see cref="Baseline"/> from the page's top; aligned inside [X, X + Width].</summary>
public sealed record TextOp(float X, float Baseline, float Width, string Text, PdfTextStyle Style, TextAlign Align) : DrawOp;

public sealed record LineOp(float X1, float Y1, float X2, float Y2, float Thickness) : DrawOp;

/// <summary>A filled rectangle; <see cref="Gray"/> 0 = black, 255 = white.</summary>
public sealed record RectOp(float X, float Y, float Width, float Height, byte Gray) : DrawOp;

public sealed record ImageOp(float X, float Y, float Width, float Height, byte[] Data) : DrawOp;

public sealed class LaidOutPage
{
    public List<DrawOp> Ops { get; } = [];

    public IEnumerable<string> Texts => Ops.OfType<TextOp>().Select(t => t.Text);
}

/// <summary>Breaks text into lines that fit a width: on line breaks, then between words, then inside an over-long word.</summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Wrap(string text, float maxWidth, PdfTextStyle style, ITextMeasurer measurer)
    {
        var lines = new List<string>();
        foreach (var paragraph in (text ?? string.Empty).Replace("\r\n", "\n").Split('\n'))
        {
            if (measurer.Measure(paragraph, style) <= maxWidth)
            {
                lines.Add(paragraph);
                continue;
            }

            var current = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (measurer.Measure(candidate, style) <= maxWidth)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                    lines.Add(current);
                current = word;
                // A word wider than the column is cut where it stops fitting (never inside a surrogate pair).
                while (measurer.Measure(current, style) > maxWidth && current.Length > 1)
                {
                    var cut = FittingLength(current, maxWidth, style, measurer);
                    lines.Add(current[..cut]);
                    current = current[cut..];
                }
            }

            lines.Add(current);
        }

        return lines;
    }

    private static int FittingLength(string word, float maxWidth, PdfTextStyle style, ITextMeasurer measurer)
    {
        var length = 1;
        while (length < word.Length)
        {
            var next = length + (char.IsHighSurrogate(word[length - 1]) ? 1 : 0) + 1;
            if (next > word.Length || measurer.Measure(word[..next], style) > maxWidth)
                break;
            length = next;
        }

        if (char.IsHighSurrogate(word[length - 1]) && length < word.Length)
            length++;
        return length;
    }
}

/// <summary>A table column: fixed columns (numbers, SKU) get the width of their widest text; flexible ones share the rest.</summary>
public sealed record PdfColumn(string Header, TextAlign Align = TextAlign.Start, bool Flexible = false, float Weight = 1f);

/// <summary>A cell: its text, and smaller lines under it (a product's attributes).</summary>
public sealed record PdfCell(string Text, IReadOnlyList<string> SubLines = null)
{
    public static implicit operator PdfCell(string text) => new(text);
}

/// <summary>A table row; a group header (e.g. "Order #12") spans all columns and keeps with the row after it.</summary>
public sealed record PdfRow(IReadOnlyList<PdfCell> Cells, string GroupHeader = null)
{
    public static PdfRow Group(string header) => new([], header);
}

public sealed record PdfTable(IReadOnlyList<PdfColumn> Columns, IReadOnlyList<PdfRow> Rows);

/// <summary>Column widths: the rule is pure and tested alone.</summary>
public static class TableColumnWidths
{
    /// <summary>A fixed column never takes more than this share of the width.</summary>
    public const float MaxFixedShare = 0.22f;

    /// <summary>Flexible columns together keep at least this share (fixed columns shrink proportionally otherwise).</summary>
    public const float MinFlexibleShare = 0.3f;

    /// <summary>
    /// Headers on one line when the fixed columns then still leave the flexible ones their share (or there are none);
    /// else headers wrap between their words.
    /// </summary>
    /// <param name="widestWithHeader">Per column: the widest of its cells' texts and its whole header.</param>
    /// <param name="widestWithHeaderWords">Per column: the widest of its cells' texts and its header's longest word.</param>
    public static float[] Compute(IReadOnlyList<PdfColumn> columns, IReadOnlyList<float> widestWithHeader,
        IReadOnlyList<float> widestWithHeaderWords, float available, float padding)
    {
        var fixedWithHeader = columns.Select((c, i) => c.Flexible ? 0f : Math.Min(widestWithHeader[i] + 2 * padding, available * MaxFixedShare)).Sum();
        var room = columns.Any(c => c.Flexible) ? available * (1 - MinFlexibleShare) : available;
        return Compute(columns, fixedWithHeader <= room ? widestWithHeader : widestWithHeaderWords, available, padding);
    }

    /// <param name="widestContent">Per column: the widest text of its cells (header words included), padding excluded.</param>
    public static float[] Compute(IReadOnlyList<PdfColumn> columns, IReadOnlyList<float> widestContent, float available, float padding)
    {
        var widths = new float[columns.Count];
        var anyFlexible = columns.Any(c => c.Flexible);
        for (var i = 0; i < columns.Count; i++)
        {
            if (!columns[i].Flexible)
                widths[i] = Math.Min(widestContent[i] + 2 * padding, available * MaxFixedShare);
        }

        var fixedTotal = widths.Sum();
        var flexibleMinimum = anyFlexible ? available * MinFlexibleShare : 0f;
        if (fixedTotal > available - flexibleMinimum && fixedTotal > 0)
        {
            var scale = (available - flexibleMinimum) / fixedTotal;
            for (var i = 0; i < widths.Length; i++)
                widths[i] *= scale;
            fixedTotal = available - flexibleMinimum;
        }

        var rest = available - fixedTotal;
        if (anyFlexible)
        {
            var weights = columns.Where(c => c.Flexible).Sum(c => c.Weight);
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Flexible)
                    widths[i] = rest * columns[i].Weight / weights;
            }
        }
        else if (rest > 0)
        {
            // No flexible column: spread the spare width so the table spans the page, as nopCommerce's does.
            for (var i = 0; i < widths.Length; i++)
                widths[i] += rest / widths.Length;
        }

        return widths;
    }
}

/// <summary>
/// Lays a document out top to bottom: text blocks, side-by-side blocks, tables whose header row repeats on every page,
/// a footer on every page and "page n of m". One way to draw a table for the invoice, the packaging slip and the pick list.
/// </summary>
public sealed class PdfLayoutWriter
{
    public const float CellPadding = 3f;

    private readonly ITextMeasurer _measurer;
    private readonly List<LaidOutPage> _pages = [];
    private readonly float _footerHeight;
    private readonly Action<LaidOutPage, float> _drawFooter;
    private float _y;

    /// <param name="footerHeight">Space kept at the bottom of every page for <paramref name="drawFooter"/> (drawn at that y).</param>
    public PdfLayoutWriter(PageGeometry geometry, ITextMeasurer measurer, PdfTextStyle baseStyle,
        float footerHeight = 0f, Action<LaidOutPage, float> drawFooter = null)
    {
        Geometry = geometry;
        _measurer = measurer;
        BaseStyle = baseStyle;
        _footerHeight = footerHeight;
        _drawFooter = drawFooter;
        NewPage();
    }

    public PageGeometry Geometry { get; }

    public PdfTextStyle BaseStyle { get; }

    private LaidOutPage Page => _pages[^1];

    private float Left => Geometry.Margin;

    /// <summary>The lowest y content may reach on a page (the footer and page number are below it).</summary>
    public float Bottom => Geometry.Height - Geometry.Margin - _footerHeight;

    public void NewPage()
    {
        _pages.Add(new LaidOutPage());
        _y = Geometry.Margin;
    }

    /// <summary>Starts a new page when <paramref name="height"/> does not fit below the current position.</summary>
    public void KeepTogether(float height)
    {
        if (PageBreak.Needed(_y, height, Bottom, _y <= Geometry.Margin))
            NewPage();
    }

    public void Space(float height) => _y += height;

    /// <summary>Wrapped text across the content width.</summary>
    public void Text(string text, PdfTextStyle style, TextAlign align = TextAlign.Start)
    {
        foreach (var line in TextWrap.Wrap(text, Geometry.ContentWidth, style, _measurer))
        {
            KeepTogether(style.LineHeight);
            Page.Ops.Add(new TextOp(Left, _y + style.Size, Geometry.ContentWidth, line, style, align));
            _y += style.LineHeight;
        }
    }

    /// <summary>Blocks side by side (billing | shipping, footer columns); the first line of each is its bold title.</summary>
    public void Columns(IReadOnlyList<IReadOnlyList<string>> blocks, PdfTextStyle style)
    {
        var laid = LayOutColumns(blocks, style, Left, Geometry.ContentWidth);
        KeepTogether(laid.Height);
        foreach (var op in laid.Ops)
            Page.Ops.Add(Shift(op, _y));
        _y += laid.Height;
    }

    /// <summary>Measures and lays out side-by-side blocks at y = 0 (callers shift them).</summary>
    public (IReadOnlyList<TextOp> Ops, float Height) LayOutColumns(IReadOnlyList<IReadOnlyList<string>> blocks, PdfTextStyle style, float left, float width)
    {
        var ops = new List<TextOp>();
        var height = 0f;
        if (blocks.Count == 0)
            return (ops, 0f);
        var columnWidth = width / blocks.Count;
        for (var b = 0; b < blocks.Count; b++)
        {
            var y = 0f;
            var x = left + b * columnWidth;
            for (var i = 0; i < blocks[b].Count; i++)
            {
                var lineStyle = i == 0 ? style with { Bold = true } : style;
                foreach (var line in TextWrap.Wrap(blocks[b][i], columnWidth - CellPadding, lineStyle, _measurer))
                {
                    ops.Add(new TextOp(x, y + lineStyle.Size, columnWidth - CellPadding, line, lineStyle, TextAlign.Start));
                    y += lineStyle.LineHeight;
                }
            }

            height = Math.Max(height, y);
        }

        return (ops, height);
    }

    public void Image(byte[] data, float width, float height, TextAlign align)
    {
        KeepTogether(height);
        var x = align switch
        {
            TextAlign.End => Left + Geometry.ContentWidth - width,
            TextAlign.Center => Left + (Geometry.ContentWidth - width) / 2,
            _ => Left
        };
        Page.Ops.Add(new ImageOp(x, _y, width, height, data));
    }

    /// <summary>Label/value lines aligned to the end of the page (the invoice's totals).</summary>
    public void Totals(IReadOnlyList<(string Label, string Value)> totals, PdfTextStyle style)
    {
        foreach (var (label, value) in totals)
        {
            var line = string.IsNullOrEmpty(value) ? label : $"{label}: {value}";
            KeepTogether(style.LineHeight);
            Page.Ops.Add(new TextOp(Left, _y + style.Size, Geometry.ContentWidth, line, style, TextAlign.End));
            _y += style.LineHeight;
        }
    }

    /// <summary>The table; its header row starts every page it runs onto.</summary>
    public void Table(PdfTable table)
    {
        var style = BaseStyle;
        var headerStyle = style with { Bold = true };
        var subStyle = style with { Size = style.Size * 0.85f };
        var widths = ColumnWidths(table, style, headerStyle, subStyle);
        var lefts = new float[widths.Length];
        for (var i = 1; i < widths.Length; i++)
            lefts[i] = lefts[i - 1] + widths[i - 1];

        var header = LayOutRow(table.Columns.Select(c => new PdfCell(c.Header)).ToList(), table.Columns, widths, lefts, headerStyle, subStyle);
        var headerHeight = header.Height;

        void DrawHeader()
        {
            Page.Ops.Add(new RectOp(Left, _y, Geometry.ContentWidth, headerHeight, 225));
            foreach (var op in header.Ops)
                Page.Ops.Add(Shift(op, _y));
            _y += headerHeight;
        }

        KeepTogether(headerHeight + (table.Rows.Count > 0 ? style.LineHeight + 2 * CellPadding : 0));
        DrawHeader();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.GroupHeader != null)
            {
                var groupLines = TextWrap.Wrap(row.GroupHeader, Geometry.ContentWidth - 2 * CellPadding, headerStyle, _measurer);
                var groupHeight = groupLines.Count * headerStyle.LineHeight + 2 * CellPadding;
                // Keep the group's title with its first line.
                var next = r + 1 < table.Rows.Count && table.Rows[r + 1].GroupHeader == null
                    ? LayOutRow(table.Rows[r + 1].Cells, table.Columns, widths, lefts, style, subStyle).Height
                    : 0f;
                if (PageBreak.Needed(_y, groupHeight + next, Bottom, false))
                {
                    NewPage();
                    DrawHeader();
                }

                Page.Ops.Add(new RectOp(Left, _y, Geometry.ContentWidth, groupHeight, 242));
                var gy = _y + CellPadding;
                foreach (var line in groupLines)
                {
                    Page.Ops.Add(new TextOp(Left + CellPadding, gy + headerStyle.Size, Geometry.ContentWidth - 2 * CellPadding, line, headerStyle, TextAlign.Start));
                    gy += headerStyle.LineHeight;
                }

                _y += groupHeight;
                continue;
            }

            var laid = LayOutRow(row.Cells, table.Columns, widths, lefts, style, subStyle);
            if (PageBreak.Needed(_y, laid.Height, Bottom, false))
            {
                NewPage();
                DrawHeader();
            }

            foreach (var op in laid.Ops)
                Page.Ops.Add(Shift(op, _y));
            _y += laid.Height;
            Page.Ops.Add(new LineOp(Left, _y, Left + Geometry.ContentWidth, _y, 0.4f));
        }
    }

    /// <summary>Adds the footer and "page n of m" to every page; call once, at the end.</summary>
    public IReadOnlyList<LaidOutPage> Finish(string pageNumberFormat)
    {
        var footerStyle = BaseStyle with { Size = BaseStyle.Size * 0.85f };
        for (var i = 0; i < _pages.Count; i++)
        {
            _drawFooter?.Invoke(_pages[i], Bottom + 4f);
            if (!string.IsNullOrEmpty(pageNumberFormat))
            {
                var text = string.Format(pageNumberFormat, i + 1, _pages.Count);
                _pages[i].Ops.Add(new TextOp(Left, Geometry.Height - Geometry.Margin / 2, Geometry.ContentWidth, text, footerStyle, TextAlign.Center));
            }
        }

        return _pages;
    }

    private float[] ColumnWidths(PdfTable table, PdfTextStyle style, PdfTextStyle headerStyle, PdfTextStyle subStyle)
    {
        var widest = new float[table.Columns.Count];
        var withHeader = new float[table.Columns.Count];
        var withHeaderWords = new float[table.Columns.Count];
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (table.Columns[c].Flexible)
                continue;
            foreach (var row in table.Rows)
            {
                if (row.GroupHeader != null || c >= row.Cells.Count || row.Cells[c] is not { } cell)
                    continue;
                widest[c] = Math.Max(widest[c], _measurer.Measure(cell.Text ?? string.Empty, style));
                foreach (var sub in cell.SubLines ?? [])
                    widest[c] = Math.Max(widest[c], _measurer.Measure(sub, subStyle));
            }

            var header = table.Columns[c].Header ?? string.Empty;
            withHeader[c] = Math.Max(widest[c], _measurer.Measure(header, headerStyle));
            withHeaderWords[c] = Math.Max(widest[c], header.Split(' ').Select(w => _measurer.Measure(w, headerStyle)).DefaultIfEmpty(0f).Max());
        }

        return TableColumnWidths.Compute(table.Columns, withHeader, withHeaderWords, Geometry.ContentWidth, CellPadding);
    }

    private (List<TextOp> Ops, float Height) LayOutRow(IReadOnlyList<PdfCell> cells, IReadOnlyList<PdfColumn> columns,
        float[] widths, float[] lefts, PdfTextStyle style, PdfTextStyle subStyle)
    {
        var ops = new List<TextOp>();
        var height = 0f;
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = c < cells.Count ? cells[c] : null;
            if (cell == null)
                continue;
            var innerWidth = Math.Max(1f, widths[c] - 2 * CellPadding);
            var x = Left + lefts[c] + CellPadding;
            var y = CellPadding;
            foreach (var line in TextWrap.Wrap(cell.Text, innerWidth, style, _measurer))
            {
                ops.Add(new TextOp(x, y + style.Size, innerWidth, line, style, columns[c].Align));
                y += style.LineHeight;
            }

            foreach (var sub in cell.SubLines ?? [])
            {
                foreach (var line in TextWrap.Wrap(sub, innerWidth, subStyle, _measurer))
                {
                    ops.Add(new TextOp(x, y + subStyle.Size, innerWidth, line, subStyle, columns[c].Align));
                    y += subStyle.LineHeight;
                }
            }

            height = Math.Max(height, y + CellPadding);
        }

        return (ops, Math.Max(height, style.LineHeight + 2 * CellPadding));
    }

    private static DrawOp Shift(DrawOp op, float dy) => op switch
    {
        TextOp t => t with { Baseline = t.Baseline + dy },
        _ => op
    };
}

/// <summary>When a block moves to the next page.</summary>
public static class PageBreak
{
    /// <param name="atPageTop">A block taller than a whole page is drawn where it is (clipped), not pushed page after page.</param>
    public static bool Needed(float y, float height, float bottom, bool atPageTop) => !atPageTop && y + height > bottom;
}
