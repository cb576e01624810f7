using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Services.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// Reads the order as it is after nopCommerce finished with it (see <see cref="LedgerWork"/>) and applies
/// <see cref="LineQuantities"/>' rules. Each line is written with a guard on the quantities it was read with, so a fill
/// running at the same time is never overwritten; on a conflict the line is read again.
/// </summary>
public class BackorderLifecycleService : IBackorderLifecycleService
{
    private const int Attempts = 5;

    private readonly INopDataProvider _dataProvider;
    private readonly BackorderSqlDialect _dialect;
    private readonly IEventPublisher _eventPublisher;
    private readonly IRepository<OrderItemBackorder> _lineRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<OrderItem> _orderItemRepository;
    private readonly IRepository<Product> _productRepository;
    private readonly IProductAttributeParser _productAttributeParser;
    private readonly LedgerStatements _statements;

    public BackorderLifecycleService(INopDataProvider dataProvider,
        BackorderSqlDialect dialect,
        IEventPublisher eventPublisher,
        IRepository<OrderItemBackorder> lineRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<Product> productRepository,
        IProductAttributeParser productAttributeParser,
        LedgerStatements statements)
    {
        _dataProvider = dataProvider;
        _dialect = dialect;
        _eventPublisher = eventPublisher;
        _lineRepository = lineRepository;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _productRepository = productRepository;
        _productAttributeParser = productAttributeParser;
        _statements = statements;
    }

    public async Task<IReadOnlyCollection<StockKey>> ReconcileOrderAsync(int orderId, IReadOnlySet<int> itemsToRecord)
    {
        var changed = new HashSet<StockKey>();
        var order = await _orderRepository.Table.Where(o => o.Id == orderId).FirstOrDefaultAsync();
        var items = await _orderItemRepository.Table.Where(i => i.OrderId == orderId).ToListAsync();
        var lines = await _lineRepository.Table.Where(l => l.OrderId == orderId).OrderBy(l => l.Id).ToListAsync();

        BackorderCancelReason? wholeOrder = order is null || order.Deleted ? BackorderCancelReason.OrderDeleted
            : order.OrderStatus == OrderStatus.Cancelled ? BackorderCancelReason.OrderCancelled
            : null;

        if (wholeOrder == BackorderCancelReason.OrderDeleted && lines.Any(l => !l.OrderDeleted))
            await MarkOrderDeletedAsync(orderId);

        foreach (var line in lines)
        {
            var item = items.FirstOrDefault(i => i.Id == line.OrderItemId);
            var key = new StockKey(line.ProductId, line.CombinationId);
            if (wholeOrder is { } reason)
                await ChangeLineAsync(line, q => Task.FromResult(q.CancelOpen()), reason, changed, key);
            else if (item is null)
                await ChangeLineAsync(line, q => Task.FromResult(q.CancelOpen()), BackorderCancelReason.ItemDeleted, changed, key);
            else if (item.Quantity * line.QuantityPerItem is var ordered && ordered != line.QuantityOrdered)
                await ChangeLineAsync(line, async q => q.EditQuantity(ordered,
                    ordered > q.Ordered ? await NewlyBackorderedAsync(key, ordered - q.Ordered) : 0),
                    BackorderCancelReason.QuantityReduced, changed, key);
        }

        if (wholeOrder is null)
        {
            foreach (var item in items.Where(i => itemsToRecord.Contains(i.Id) && lines.All(l => l.OrderItemId != i.Id || l.ProductId != i.ProductId)))
                await RecordAddedItemAsync(order, item, changed);
        }

        return changed;
    }

    /// <summary>A line for an item added or edited after placement, when stock could not cover it.</summary>
    private async Task RecordAddedItemAsync(Order order, OrderItem item, ISet<StockKey> changed)
    {
        if (await KeyForAsync(item) is not { } key)
            return;

        var backordered = await NewlyBackorderedAsync(key, item.Quantity);
        if (backordered <= 0)
            return;

        var now = DateTime.UtcNow;
        var quantities = LineQuantities.New(item.Quantity, backordered);
        var line = new OrderItemBackorder
        {
            OrderId = order.Id, OrderItemId = item.Id, ProductId = item.ProductId, CombinationId = key.CombinationId,
            CreatedOnUtc = now, UpdatedOnUtc = now
        };
        quantities.CopyTo(line);
        await _lineRepository.InsertAsync(line, publishEvent: false);
        changed.Add(key);
    }

    private async Task<StockKey?> KeyForAsync(OrderItem item)
    {
        var product = await _productRepository.Table.Where(p => p.Id == item.ProductId).FirstOrDefaultAsync();
        if (product?.ManageInventoryMethod == ManageInventoryMethod.ManageStock)
            return StockKey.Product(product.Id);
        if (product?.ManageInventoryMethod != ManageInventoryMethod.ManageStockByAttributes)
            return null;

        // The combination nopCommerce took the stock from (found as AdjustInventoryAsync finds it).
        var combination = await _productAttributeParser.FindProductAttributeCombinationAsync(product, item.AttributesXml ?? string.Empty);
        return combination is null ? null : StockKey.Combination(product.Id, combination.Id);
    }

    private async Task<int> NewlyBackorderedAsync(StockKey key, int addedUnits)
    {
        var state = (await _dataProvider.QueryAsync<OpenAndAvailable>(_statements.OpenAndAvailable(key))).FirstOrDefault();
        return state?.Available is { } available ? BackorderFill.NewlyBackordered(addedUnits, state.Open, available) : 0;
    }

    private async Task ChangeLineAsync(OrderItemBackorder line, Func<LineQuantities, Task<LineQuantities>> change,
        BackorderCancelReason reason, ISet<StockKey> changed, StockKey key)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = LineQuantities.Of(line);
            var after = await change(before);
            if (after == before)
                return;

            if (await WriteIfUnchangedAsync(line.Id, before, after))
            {
                after.CopyTo(line);
                changed.Add(key);
                if (before.Open > after.Open)
                {
                    await _eventPublisher.PublishAsync(new BackorderLineCancelledEvent(line.OrderId, line.OrderItemId, line.ProductId,
                        line.CombinationId, line.WarehouseId, before.Open - after.Open, reason, after.Ordered, after.Backordered,
                        after.Filled, after.Cancelled, after.Status));
                }

                return;
            }

            if (attempt == Attempts)
                throw new InvalidOperationException($"The backorder record of order item #{line.OrderItemId} kept changing while it was being updated.");

            // A fill got there first: read the line again.
            line = await _lineRepository.Table.Where(l => l.Id == line.Id).FirstOrDefaultAsync()
                ?? throw new InvalidOperationException($"The backorder record of order item #{line.OrderItemId} was deleted while it was being updated.");
        }
    }

    /// <summary>Lists leave the order's lines out by this mark alone (the open-backorders page reads no Order row to count).</summary>
    private Task MarkOrderDeletedAsync(int orderId)
    {
        var q = _dialect.Q;
        return _dataProvider.ExecuteNonQueryAsync($"UPDATE {q(BackordersDefaults.OrderItemBackorderTable)} SET {q("OrderDeleted")} = {_dialect.Bool(true)} " +
            $"WHERE {q("OrderId")} = {orderId} AND {q("OrderDeleted")} = {_dialect.Bool(false)}");
    }

    private async Task<bool> WriteIfUnchangedAsync(int id, LineQuantities before, LineQuantities after)
    {
        var q = _dialect.Q;
        var sql = $"UPDATE {q(BackordersDefaults.OrderItemBackorderTable)} SET {q("QuantityOrdered")} = {after.Ordered}, " +
            $"{q("QuantityBackordered")} = {after.Backordered}, {q("QuantityFilled")} = {after.Filled}, {q("QuantityCancelled")} = {after.Cancelled}, " +
            $"{q("StatusId")} = {(int)after.Status}, {q("UpdatedOnUtc")} = {_dialect.UtcNow} " +
            $"WHERE {q("Id")} = {id} AND {q("QuantityOrdered")} = {before.Ordered} AND {q("QuantityBackordered")} = {before.Backordered} " +
            $"AND {q("QuantityFilled")} = {before.Filled} AND {q("QuantityCancelled")} = {before.Cancelled} AND {q("StatusId")} = {(int)before.Status}";
        return await _dataProvider.ExecuteNonQueryAsync(sql) == 1;
    }

    private sealed class OpenAndAvailable
    {
        public int Open { get; set; }
        public int? Available { get; set; }
    }
}
