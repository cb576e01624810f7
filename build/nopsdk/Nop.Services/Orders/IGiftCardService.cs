using Nop.Core.Domain.Orders;

namespace Nop.Services.Orders;

// Subset the plugin calls.
public partial interface IGiftCardService
{
    Task<GiftCard> GetGiftCardByIdAsync(int giftCardId);
    Task<IList<GiftCardUsageHistory>> GetGiftCardUsageHistoryAsync(Order order);
}
