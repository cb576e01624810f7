using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>
/// Cuts a font down to the characters a document prints (with the glyphs its shaping can reach: Arabic forms, ligatures),
/// with HarfBuzz's subsetter in the native libHarfBuzzSharp that nopCommerce ships. SkiaSharp's PDF writer embeds a
/// TrueType font whole (its own subsetter is not built in): DejaVu Sans regular + bold made every invoice ~740 KB and
/// took ~100 ms per font to compress; the subset is a few KB. Null when subsetting is not possible (the caller then embeds
/// the whole font, which is correct, only bigger and slower).
/// </summary>
public static class FontSubset
{
    private const string HarfBuzz = "libHarfBuzzSharp";

    public static SKTypeface Create(SKTypeface typeface, IEnumerable<int> codepoints)
    {
        try
        {
            using var stream = typeface.OpenStream(out var ttcIndex);
            if (stream == null)
                return null;
            using var blob = stream.ToHarfBuzzBlob();
            using var face = new Face(blob, ttcIndex);
            var input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
                return null;
            try
            {
                var unicodes = hb_subset_input_unicode_set(input);
                var arabic = false;
                foreach (var codepoint in codepoints)
                {
                    hb_set_add(unicodes, (uint)codepoint);
                    arabic |= codepoint is >= 0x0600 and <= 0x08FF;
                }

                // Shaped Arabic is drawn with the letters' contextual forms; the PDF's text layer (copy, search, PdfPig) maps
                // a glyph back to a character through the font's cmap, which reaches those forms only through their
                // presentation-form code points: keep them (the font's own, if it has them).
                if (arabic)
                {
                    for (var c = 0xFB50u; c <= 0xFDFFu; c++)
                        hb_set_add(unicodes, c);
                    for (var c = 0xFE70u; c <= 0xFEFFu; c++)
                        hb_set_add(unicodes, c);
                }
                var subset = hb_subset_or_fail(face.Handle, input);
                if (subset == IntPtr.Zero)
                    return null;
                try
                {
                    var subsetBlob = hb_face_reference_blob(subset);
                    try
                    {
                        var data = hb_blob_get_data(subsetBlob, out var length);
                        if (data == IntPtr.Zero || length == 0)
                            return null;
                        var bytes = new byte[length];
                        Marshal.Copy(data, bytes, 0, (int)length);
                        return SKTypeface.FromData(SKData.CreateCopy(bytes));
                    }
                    finally
                    {
                        hb_blob_destroy(subsetBlob);
                    }
                }
                finally
                {
                    hb_face_destroy(subset);
                }
            }
            finally
            {
                hb_subset_input_destroy(input);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern void hb_face_destroy(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(HarfBuzz)]
    private static extern void hb_blob_destroy(IntPtr blob);
}
