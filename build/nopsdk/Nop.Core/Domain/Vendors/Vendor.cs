namespace Nop.Core.Domain.Vendors;

// Subset the plugin uses: the vendor's Id (BaseEntity), to limit what a vendor sees to its own products.
public partial class Vendor : BaseEntity
{
    public string Name { get; set; }
}
