using Nop.Core.Configuration;

namespace Nop.Core.Domain.Vendors;

// Subset the plugin reads.
public partial class VendorSettings : ISettings
{
    public bool AllowVendorsToImportProducts { get; set; }
    public bool ShowVendorOnOrderDetailsPage { get; set; }
}
