namespace Nop.Core.Domain.Customers;

// Subset of the nopCommerce entity the plugin reads.
public partial class RewardPointsHistory : BaseEntity
{
    public int CustomerId { get; set; }
    public int StoreId { get; set; }
    public int Points { get; set; }
    public decimal UsedAmount { get; set; }
    public DateTime CreatedOnUtc { get; set; }
}
