using Nop.Core.Domain.Customers;

namespace Nop.Services.Orders;

// Subset the plugin calls.
public partial interface IRewardPointService
{
    Task<RewardPointsHistory> GetRewardPointsHistoryEntryByIdAsync(int rewardPointsHistoryId);
}
