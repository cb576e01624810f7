using System.Globalization;
using System.Text;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

/// <summary>Renders documents with the plugin's Skia writer (DejaVu, the fallback font) and reads them back with PdfPig.</summary>
public static class PdfReadBack
{
    public sealed record Word(string Text, double Left, double Right, double Baseline);

    public sealed record Page(double Width, double Height, IReadOnlyList<Word> Words)
    {
        /// <summary>The page's lines top to bottom, words left to right, joined by spaces.</summary>
        public IReadOnlyList<string> Lines => Words
            .GroupBy(w => Math.Round(w.Baseline))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.Left).Select(w => w.Text)))
            .ToList();

        public string Text => string.Join("\n", Lines);

        /// <summary>The text printed in the column headed by <paramref name="headerWord"/>, on the line of <paramref name="rowWord"/>.</summary>
        /// <summary>
        /// Everything printed in a start-aligned column below its header, lines joined by spaces (wrapped text reads as one):
        /// the words starting between the header word's left edge and <paramref name="width"/> points to its right.
        /// </summary>
        public string ColumnText(string headerWord, double width = double.MaxValue)
        {
            var header = Words.Where(w => w.Text == headerWord).OrderByDescending(w => w.Baseline).First();
            return string.Join(" ", Words
                .Where(w => w.Baseline < header.Baseline - 1 && w.Left >= header.Left - 1 && w.Left < header.Left + width)
                .GroupBy(w => Math.Round(w.Baseline)).OrderByDescending(g => g.Key)
                .SelectMany(g => g.OrderBy(w => w.Left)).Select(w => w.Text));
        }

        public string ValueUnder(string headerWord, string rowWord, int headerOccurrence = 0)
        {
            var header = Words.Where(w => w.Text == headerWord).OrderByDescending(w => w.Baseline).ElementAt(headerOccurrence);
            var row = Words.First(w => w.Text == rowWord);
            var cell = Words.Where(w => Math.Abs(w.Baseline - row.Baseline) < 1 && w.Right > header.Left - 1 && w.Left < header.Right + 1).ToList();
            return string.Join(" ", cell.OrderBy(w => w.Left).Select(w => w.Text));
        }
    }

    public static IReadOnlyList<Page> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => new Page(p.Width, p.Height,
            p.GetWords().Select(w => new Word(w.Text, w.BoundingBox.Left, w.BoundingBox.Right, w.BoundingBox.Bottom)).ToList())).ToList();
    }

    public static byte[] Render(Func<DocumentOptions, ITextMeasurer, IReadOnlyList<LaidOutPage>> layOut, DocumentOptions options = null)
    {
        options ??= DocumentOptions.Default;
        using var fonts = SkiaPdfFonts.Load(null);
        var pages = layOut(options, fonts);
        using var stream = new MemoryStream();
        SkiaPdfRenderer.Render(stream, pages, options.Geometry, fonts, options.RightToLeft, "test");
        return stream.ToArray();
    }

    /// <summary>Arabic comes back as presentation forms (the shaped glyphs): compatibility-normalise before comparing.</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC);

    /// <summary>Right-to-left text comes back in visual order (left to right on the page): the logical string reversed.</summary>
    public static string Visual(string logical)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(logical);
        while (e.MoveNext())
            elements.Add(e.GetTextElement());
        elements.Reverse();
        return string.Concat(elements);
    }
}
