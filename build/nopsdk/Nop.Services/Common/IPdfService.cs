using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Vendors;

namespace Nop.Services.Common;

// Subset the plugin overrides.
public partial interface IPdfService
{
    Task PrintOrderToPdfAsync(Stream stream, Order order, Language language = null, Store store = null, Vendor vendor = null);
    Task PrintPackagingSlipToPdfAsync(Stream stream, Shipment shipment, Language language = null);
}
