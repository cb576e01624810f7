using Nop.Core.Configuration;

namespace Nop.Core.Domain.Common;

// What the plugin's own PDFs read (Services/Documents).
public partial class PdfSettings : ISettings
{
    public int LogoPictureId { get; set; }
    public bool LetterPageSizeEnabled { get; set; }
    public bool RenderOrderNotes { get; set; }
    public string LtrFontName { get; set; }
    public string RtlFontName { get; set; }
    public string InvoiceFooterTextColumn1 { get; set; }
    public string InvoiceFooterTextColumn2 { get; set; }
    public float BaseFontSize { get; set; }
}
