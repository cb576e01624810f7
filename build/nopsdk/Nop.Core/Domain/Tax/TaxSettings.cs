using Nop.Core.Configuration;

namespace Nop.Core.Domain.Tax;

// Subset the plugin reads (the invoice's tax lines).
public partial class TaxSettings : ISettings
{
    public bool DisplayTaxRates { get; set; }
    public bool HideZeroTax { get; set; }
    public bool HideTaxInOrderSummary { get; set; }
    public bool ForceTaxExclusionFromOrderSubtotal { get; set; }
}
