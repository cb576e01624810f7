namespace Nop.Core.Domain.Orders;

public partial class ShoppingCartItemMovedToOrderItemEvent
{
    public ShoppingCartItemMovedToOrderItemEvent(ShoppingCartItem shoppingCartItem, OrderItem orderItem)
    {
        ShoppingCartItem = shoppingCartItem;
        OrderItem = orderItem;
    }

    public ShoppingCartItem ShoppingCartItem { get; }

    public OrderItem OrderItem { get; }
}
