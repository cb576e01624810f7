using System.ComponentModel;

namespace Nop.Services.Common.Pdf;

// Plain data, as in nopCommerce: one line of an invoice or packaging slip.
public partial class ProductItem
{
    [DisplayName("Pdf.Product.Name")]
    public string Name { get; set; }

    [DisplayName("Pdf.Product.Sku")]
    public string Sku { get; set; }

    [DisplayName("Pdf.Product.VendorName")]
    public string VendorName { get; set; }

    [DisplayName("Pdf.Product.Price")]
    public string Price { get; set; }

    [DisplayName("Pdf.Product.Quantity")]
    public string Quantity { get; set; }

    [DisplayName("Pdf.Product.Total")]
    public string Total { get; set; }

    public List<string> ProductAttributes { get; set; } = new();
}
