namespace Nop.Core.Domain.Orders;

// Subset of the nopCommerce entity the plugin reads.
public partial class Order : BaseEntity
{
    public Guid OrderGuid { get; set; }
    public int StoreId { get; set; }
    public int CustomerId { get; set; }
    public int CustomerLanguageId { get; set; }
    public int OrderStatusId { get; set; }
    public bool Deleted { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public string CustomOrderNumber { get; set; }

    public OrderStatus OrderStatus
    {
        get => (OrderStatus)OrderStatusId;
        set => OrderStatusId = (int)value;
    }
}
