using Nop.Core.Domain.Shipping;

namespace Nop.Services.Shipping.Date;

// Subset the plugin calls.
public partial interface IDateRangeService
{
    Task<ProductAvailabilityRange> GetProductAvailabilityRangeByIdAsync(int productAvailabilityRangeId);
}
