using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// The events that tell the ledger something changed: stock of a product, a combination or a warehouse row (admin edit,
/// import, cancellation, return, warehouse change, any write through nopCommerce's services), orders (status, delete,
/// placed) and order items (added, edited, deleted). They only queue work in <see cref="LedgerWork"/>, applied once
/// nopCommerce has finished the request. Nothing happens once the plugin is uninstalled.
/// </summary>
public class LedgerConsumers :
    IConsumer<EntityUpdatedEvent<Product>>,
    IConsumer<EntityUpdatedEvent<ProductAttributeCombination>>,
    IConsumer<EntityInsertedEvent<ProductWarehouseInventory>>,
    IConsumer<EntityUpdatedEvent<ProductWarehouseInventory>>,
    IConsumer<EntityDeletedEvent<ProductWarehouseInventory>>,
    IConsumer<OrderStatusChangedEvent>,
    IConsumer<EntityDeletedEvent<Order>>,
    IConsumer<OrderPlacedEvent>,
    IConsumer<EntityInsertedEvent<OrderItem>>,
    IConsumer<EntityUpdatedEvent<OrderItem>>,
    IConsumer<EntityDeletedEvent<OrderItem>>,
    IConsumer<ShoppingCartItemMovedToOrderItemEvent>
{
    private readonly IBackordersInstalled _installed;
    private readonly LedgerWork _work;

    public LedgerConsumers(IBackordersInstalled installed, LedgerWork work)
    {
        _installed = installed;
        _work = work;
    }

    private async Task WhenInstalledAsync(Func<Task> queue)
    {
        if (await _installed.IsInstalledAsync())
            await queue();
    }

    public Task HandleEventAsync(EntityUpdatedEvent<Product> eventMessage) =>
        WhenInstalledAsync(() => _work.StockChangedAsync(StockKey.Product(eventMessage.Entity.Id)));

    public Task HandleEventAsync(EntityUpdatedEvent<ProductAttributeCombination> eventMessage) =>
        WhenInstalledAsync(() => _work.StockChangedAsync(StockKey.Combination(eventMessage.Entity.ProductId, eventMessage.Entity.Id)));

    public Task HandleEventAsync(EntityInsertedEvent<ProductWarehouseInventory> eventMessage) =>
        WhenInstalledAsync(() => _work.StockChangedAsync(StockKey.Product(eventMessage.Entity.ProductId)));

    public Task HandleEventAsync(EntityUpdatedEvent<ProductWarehouseInventory> eventMessage) =>
        WhenInstalledAsync(() => _work.StockChangedAsync(StockKey.Product(eventMessage.Entity.ProductId)));

    public Task HandleEventAsync(EntityDeletedEvent<ProductWarehouseInventory> eventMessage) =>
        WhenInstalledAsync(() => _work.StockChangedAsync(StockKey.Product(eventMessage.Entity.ProductId)));

    /// <summary>Only a cancellation (or leaving it) concerns the ledger; checkout's Pending → Processing → Complete costs nothing.</summary>
    public Task HandleEventAsync(OrderStatusChangedEvent eventMessage) =>
        eventMessage.Order.OrderStatus == OrderStatus.Cancelled || eventMessage.PreviousOrderStatus == OrderStatus.Cancelled
            ? WhenInstalledAsync(() => _work.OrderChangedAsync(eventMessage.Order.Id))
            : Task.CompletedTask;

    public Task HandleEventAsync(EntityDeletedEvent<Order> eventMessage) =>
        WhenInstalledAsync(() => _work.OrderChangedAsync(eventMessage.Entity.Id));

    public Task HandleEventAsync(OrderPlacedEvent eventMessage) =>
        WhenInstalledAsync(() => _work.OrderPlacedAsync(eventMessage.Order));

    public Task HandleEventAsync(EntityInsertedEvent<OrderItem> eventMessage) =>
        WhenInstalledAsync(() => _work.OrderItemChangedAsync(eventMessage.Entity));

    public Task HandleEventAsync(EntityUpdatedEvent<OrderItem> eventMessage) =>
        WhenInstalledAsync(() => _work.OrderItemChangedAsync(eventMessage.Entity));

    public Task HandleEventAsync(EntityDeletedEvent<OrderItem> eventMessage) =>
        WhenInstalledAsync(() => _work.OrderChangedAsync(eventMessage.Entity.OrderId));

    public Task HandleEventAsync(ShoppingCartItemMovedToOrderItemEvent eventMessage) =>
        WhenInstalledAsync(() => _work.ItemMovedFromCartAsync(eventMessage.OrderItem));
}
