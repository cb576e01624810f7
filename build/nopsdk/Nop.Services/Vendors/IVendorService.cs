using Nop.Core.Domain.Vendors;

namespace Nop.Services.Vendors;

public partial interface IVendorService
{
    Task<IList<Vendor>> GetVendorsByProductIdsAsync(int[] productIds);
}
