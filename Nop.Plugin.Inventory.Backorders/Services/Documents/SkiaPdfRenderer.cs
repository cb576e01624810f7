using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>
/// The fonts of one document: the configured font (nopCommerce's ~/App_Data/Pdf/&lt;name&gt;.ttf) when present, else DejaVu
/// Sans from the system; a fallback typeface for text the main font has no glyphs for (e.g. Hebrew in OpenSans).
/// Text is shaped with HarfBuzz run by run (see <see cref="BidiRuns"/>), so Arabic is joined and right-to-left text ordered.
/// </summary>
public sealed class SkiaPdfFonts : ITextMeasurer, IDisposable
{
    /// <summary>Used when the configured font file is missing (the machine's fonts, by family name).</summary>
    public const string FallbackFamily = "DejaVu Sans";

    private readonly Face _regular;
    private readonly Face _bold;
    private readonly Face _fallbackRegular;
    private readonly Face _fallbackBold;
    private readonly Dictionary<(string, float, bool), float> _widths = [];

    private SkiaPdfFonts(SKTypeface regular, SKTypeface bold)
    {
        _fallbackRegular = new Face(SKTypeface.FromFamilyName(FallbackFamily, SKFontStyle.Normal) ?? SKTypeface.Default);
        _fallbackBold = new Face(SKTypeface.FromFamilyName(FallbackFamily, SKFontStyle.Bold) ?? _fallbackRegular.Typeface);
        _regular = regular != null ? new Face(regular) : _fallbackRegular;
        _bold = bold != null ? new Face(bold) : regular != null ? _regular : _fallbackBold;
    }

    /// <param name="fontFile">A .ttf file, or null/missing for the fallback family.</param>
    public static SkiaPdfFonts Load(string fontFile)
    {
        if (string.IsNullOrEmpty(fontFile) || !File.Exists(fontFile))
            return new SkiaPdfFonts(null, null);
        var regular = SKTypeface.FromFile(fontFile);
        // A variable or regular-only font: Skia emboldens nothing by itself, so ask the font manager for a bold face of the same family.
        var bold = regular == null ? null : SKFontManager.Default.MatchFamily(regular.FamilyName, SKFontStyle.Bold);
        if (bold != null && bold.FamilyName != regular.FamilyName)
            bold = null;
        return new SkiaPdfFonts(regular, bold);
    }

    public float Measure(string text, PdfTextStyle style)
    {
        if (string.IsNullOrEmpty(text))
            return 0f;
        var key = (text, style.Size, style.Bold);
        if (_widths.TryGetValue(key, out var width))
            return width;
        width = 0f;
        foreach (var run in BidiRuns.Visual(text))
        {
            var face = FaceFor(run.Text, style.Bold);
            width += face.Shaper.Shape(run.Text, face.Font(style.Size, style.Bold)).Width;
        }

        _widths[key] = width;
        return width;
    }

    /// <summary>Draws one line from its left edge x at baseline y.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, PdfTextStyle style, SKPaint paint)
    {
        foreach (var run in BidiRuns.Visual(text))
        {
            var face = FaceFor(run.Text, style.Bold);
            var (shaper, font) = face.ForDrawing(style.Size, style.Bold);
            canvas.DrawShapedText(shaper, run.Text, x, baseline, SKTextAlign.Left, font, paint);
            x += shaper.Shape(run.Text, font).Width;
        }
    }

    /// <summary>
    /// Draws with fonts cut down to the characters of <paramref name="texts"/> (see <see cref="FontSubset"/>); call before
    /// <see cref="Draw"/>, once per document, with everything it will draw.
    /// </summary>
    public void UseSubsets(IEnumerable<(string Text, bool Bold)> texts)
    {
        foreach (var (text, bold) in texts)
        {
            foreach (var run in BidiRuns.Visual(text))
                FaceFor(run.Text, bold).Use(run.Text);
        }

        foreach (var face in AllFaces())
            face.CutToUsed();
    }

    private IEnumerable<Face> AllFaces() =>
        new[] { _regular, _bold, _fallbackRegular, _fallbackBold }.SelectMany(f => f.WithOthers()).Distinct();

    private Face FaceFor(string text, bool bold)
    {
        var main = bold ? _bold : _regular;
        if (main.Covers(text))
            return main;
        var fallback = bold ? _fallbackBold : _fallbackRegular;
        if (fallback.Covers(text))
            return fallback;
        // Last resort: whatever system font has the first character the others lack.
        foreach (var c in text)
        {
            if (!fallback.Typeface.ContainsGlyph(c) && SKFontManager.Default.MatchCharacter(c) is { } typeface)
                return fallback.Other(typeface);
        }

        return main;
    }

    public void Dispose()
    {
        foreach (var face in new[] { _regular, _bold, _fallbackRegular, _fallbackBold }.Distinct())
            face.Dispose();
    }

    private sealed class Face(SKTypeface typeface) : IDisposable
    {
        private readonly Dictionary<(float, bool), SKFont> _fonts = [];
        private readonly Dictionary<(float, bool), SKFont> _subsetFonts = [];
        private readonly Dictionary<string, bool> _covers = [];
        private readonly Dictionary<string, Face> _others = [];
        private readonly HashSet<int> _used = [];
        private SKTypeface _subset;
        private SKShaper _subsetShaper;

        public SKTypeface Typeface { get; } = typeface;

        /// <summary>Shapes for measuring (the whole font).</summary>
        public SKShaper Shaper { get; } = new(typeface);

        public SKFont Font(float size, bool bold) => FontOf(_fonts, Typeface, size, bold);

        /// <summary>The subset when one was made, else the whole font.</summary>
        public (SKShaper, SKFont) ForDrawing(float size, bool bold) =>
            _subset == null ? (Shaper, Font(size, bold)) : (_subsetShaper, FontOf(_subsetFonts, _subset, size, bold));

        public void Use(string text)
        {
            foreach (var rune in text.EnumerateRunes())
                _used.Add(rune.Value);
        }

        public void CutToUsed()
        {
            if (_used.Count == 0 || _subset != null)
                return;
            _subset = FontSubset.Create(Typeface, _used);
            if (_subset != null)
                _subsetShaper = new SKShaper(_subset);
        }

        public IEnumerable<Face> WithOthers() => _others.Values.Prepend(this);

        private SKFont FontOf(Dictionary<(float, bool), SKFont> fonts, SKTypeface typeface, float size, bool bold)
        {
            if (!fonts.TryGetValue((size, bold), out var font))
            {
                // Bold requested from a face without a bold variant: Skia's synthetic emboldening.
                font = new SKFont(typeface, size) { Embolden = bold && !Typeface.IsBold, Subpixel = true };
                fonts[(size, bold)] = font;
            }

            return font;
        }

        public bool Covers(string text)
        {
            if (!_covers.TryGetValue(text, out var covers))
            {
                covers = true;
                foreach (var c in text)
                {
                    if (!char.IsWhiteSpace(c) && !char.IsSurrogate(c) && !Typeface.ContainsGlyph(c))
                    {
                        covers = false;
                        break;
                    }
                }

                _covers[text] = covers;
            }

            return covers;
        }

        public Face Other(SKTypeface other)
        {
            if (!_others.TryGetValue(other.FamilyName, out var face))
                _others[other.FamilyName] = face = new Face(other);
            return face;
        }

        public void Dispose()
        {
            foreach (var other in _others.Values)
                other.Dispose();
            foreach (var font in _fonts.Values.Concat(_subsetFonts.Values))
                font.Dispose();
            Shaper.Dispose();
            _subsetShaper?.Dispose();
            _subset?.Dispose();
        }
    }
}

/// <summary>Draws laid-out pages into a PDF with SkiaSharp (the graphics library nopCommerce 4.90 itself loads).</summary>
public static class SkiaPdfRenderer
{
    /// <param name="rightToLeft">Mirror the page (a right-to-left language): columns from the right, start alignment at the right.</param>
    public static void Render(Stream stream, IReadOnlyList<LaidOutPage> pages, PageGeometry geometry, SkiaPdfFonts fonts, bool rightToLeft, string title)
    {
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title ?? string.Empty,
            Creator = "Backorders for nopCommerce",
            Producer = "SkiaSharp",
            RasterDpi = 150
        };
        using var document = SKDocument.CreatePdf(stream, metadata);
        using var textPaint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var linePaint = new SKPaint { Color = new SKColor(160, 160, 160), IsStroke = true, IsAntialias = true };
        using var fillPaint = new SKPaint { IsStroke = false };
        fonts.UseSubsets(pages.SelectMany(p => p.Ops.OfType<TextOp>()).Select(t => (t.Text, t.Style.Bold)));
        foreach (var page in pages)
        {
            var canvas = document.BeginPage(geometry.Width, geometry.Height);
            foreach (var op in page.Ops)
            {
                switch (op)
                {
                    case TextOp t:
                        var width = fonts.Measure(t.Text, t.Style);
                        var align = rightToLeft ? Mirror(t.Align) : t.Align;
                        var left = rightToLeft ? geometry.Width - t.X - t.Width : t.X;
                        var x = align switch
                        {
                            TextAlign.End => left + t.Width - width,
                            TextAlign.Center => left + (t.Width - width) / 2,
                            _ => left
                        };
                        fonts.Draw(canvas, t.Text, x, t.Baseline, t.Style, textPaint);
                        break;
                    case LineOp l:
                        linePaint.StrokeWidth = l.Thickness;
                        canvas.DrawLine(MirrorX(l.X1, rightToLeft, geometry), l.Y1, MirrorX(l.X2, rightToLeft, geometry), l.Y2, linePaint);
                        break;
                    case RectOp r:
                        fillPaint.Color = new SKColor(r.Gray, r.Gray, r.Gray);
                        var rx = rightToLeft ? geometry.Width - r.X - r.Width : r.X;
                        canvas.DrawRect(SKRect.Create(rx, r.Y, r.Width, r.Height), fillPaint);
                        break;
                    case ImageOp i:
                        using (var image = SKImage.FromEncodedData(i.Data))
                        {
                            if (image != null)
                            {
                                var ix = rightToLeft ? geometry.Width - i.X - i.Width : i.X;
                                canvas.DrawImage(image, SKRect.Create(ix, i.Y, i.Width, i.Height), new SKSamplingOptions(SKFilterMode.Linear));
                            }
                        }

                        break;
                }
            }

            document.EndPage();
        }

        document.Close();
    }

    /// <summary>The size an image is drawn at: fitted into a box, aspect ratio kept; null when the data is not an image.</summary>
    public static (float Width, float Height)? FitImage(byte[] data, float maxWidth, float maxHeight)
    {
        if (data is not { Length: > 0 })
            return null;
        using var codec = SKCodec.Create(new MemoryStream(data));
        if (codec == null)
            return null;
        var scale = Math.Min(maxWidth / codec.Info.Width, maxHeight / codec.Info.Height);
        scale = Math.Min(scale, 1f);
        return (codec.Info.Width * scale, codec.Info.Height * scale);
    }

    private static TextAlign Mirror(TextAlign align) => align switch
    {
        TextAlign.Start => TextAlign.End,
        TextAlign.End => TextAlign.Start,
        _ => align
    };

    private static float MirrorX(float x, bool rightToLeft, PageGeometry geometry) => rightToLeft ? geometry.Width - x : x;
}
