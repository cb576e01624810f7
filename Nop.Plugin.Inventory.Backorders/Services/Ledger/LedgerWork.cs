using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Orders;
using Nop.Services.Logging;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// What happened to stock and orders in this request, applied to the ledger once nopCommerce has finished (just before
/// the response starts; at once outside a request). nopCommerce's order paths change stock and the order in differing
/// orders (delete returns the stock before marking the order deleted; an item edit updates the item before or after the
/// stock depending on AutoUpdateOrderTotalsOnEditingOrder; cancel publishes the status before returning the stock).
/// Reading the final state once avoids handing a deleted order's own returned units to other customers.
/// Order of work: the orders' lines (cancel, edit, record added items), then fills of every stock touched, then notices.
/// </summary>
public class LedgerWork
{
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IBackorderLifecycleService _lifecycleService;
    private readonly IBackorderFillService _fillService;
    private readonly IBackorderNoticeService _noticeService;
    private readonly ILogger _logger;

    private readonly HashSet<StockKey> _stock = [];
    private readonly HashSet<int> _orders = [];
    private readonly Dictionary<int, (int OrderId, int ProductId)> _itemsToRecord = [];
    private readonly HashSet<int> _itemsMovedFromCart = [];
    private readonly HashSet<int> _productsSoldAtCheckout = [];
    private readonly List<int> _placedOrders = [];
    private bool _scheduled;
    private bool _flushing;

    public LedgerWork(IHttpContextAccessor httpContextAccessor,
        IBackorderLifecycleService lifecycleService,
        IBackorderFillService fillService,
        IBackorderNoticeService noticeService,
        ILogger logger)
    {
        _logger = logger;
        _httpContextAccessor = httpContextAccessor;
        _lifecycleService = lifecycleService;
        _fillService = fillService;
        _noticeService = noticeService;
    }

    public Task StockChangedAsync(StockKey key)
    {
        _stock.Add(key);
        return ScheduleAsync();
    }

    public Task OrderChangedAsync(int orderId)
    {
        _orders.Add(orderId);
        return ScheduleAsync();
    }

    /// <summary>
    /// An item inserted or updated: its line follows an edited quantity, and an item without a line gets one if its
    /// product's stock changed in this request and it did not come from the cart at checkout (that one is the capture's).
    /// </summary>
    public Task OrderItemChangedAsync(OrderItem item)
    {
        _itemsToRecord[item.Id] = (item.OrderId, item.ProductId);
        return ScheduleAsync();
    }

    /// <summary>Checkout moved a cart item to the order: the capture records it; checkout only lowers stock, so nothing to fill.</summary>
    public Task ItemMovedFromCartAsync(OrderItem item)
    {
        _itemsMovedFromCart.Add(item.Id);
        _productsSoldAtCheckout.Add(item.ProductId);
        return ScheduleAsync();
    }

    public Task OrderPlacedAsync(Order order)
    {
        _placedOrders.Add(order.Id);
        return ScheduleAsync();
    }

    private async Task ScheduleAsync()
    {
        if (_flushing || _scheduled)
            return;

        var response = _httpContextAccessor.HttpContext?.Response;
        if (response is null || response.HasStarted)
        {
            await FlushAsync();
            return;
        }

        _scheduled = true;
        response.OnStarting(FlushAsync);
    }

    /// <summary>
    /// Applies everything queued (called by the response's OnStarting; tests call it as "end of request"). Work that the
    /// ledger's own events cause (an integrator changing stock on a fill) is applied in a further round. A failure is
    /// logged, as nopCommerce's event publisher does for its consumers: the merchant's action has already been saved.
    /// </summary>
    public async Task FlushAsync()
    {
        if (_flushing)
            return;
        _flushing = true;
        try
        {
            for (var round = 0; round < MaxRounds && (_stock.Count > 0 || _orders.Count > 0 || _itemsToRecord.Count > 0 || _placedOrders.Count > 0); round++)
                await ApplyQueuedAsync();
        }
        catch (Exception exception)
        {
            await _logger.ErrorAsync($"Backorders: the backorder records could not be brought up to date ({exception.Message}).", exception);
        }
        finally
        {
            _flushing = false;
            _scheduled = false;
        }
    }

    private const int MaxRounds = 3;

    private async Task ApplyQueuedAsync()
    {
        var stock = new HashSet<StockKey>(_stock.Where(k => !_productsSoldAtCheckout.Contains(k.ProductId)));
        // Only items whose product's stock changed in this request (not e.g. a price edit), and not the cart's at checkout.
        var productsWithStockChange = _stock.Select(k => k.ProductId).ToHashSet();
        var toRecord = _itemsToRecord.Where(i => !_itemsMovedFromCart.Contains(i.Key) && productsWithStockChange.Contains(i.Value.ProductId))
            .ToList();
        var orders = _orders.Union(toRecord.Select(i => i.Value.OrderId)).Order().ToList();
        var itemsToRecord = toRecord.Select(i => i.Key).ToHashSet();
        var placed = _placedOrders.ToList();
        _stock.Clear();
        _orders.Clear();
        _itemsToRecord.Clear();
        _placedOrders.Clear();

        foreach (var orderId in orders)
            foreach (var key in await _lifecycleService.ReconcileOrderAsync(orderId, itemsToRecord))
                stock.Add(key);

        var filledOrders = new SortedSet<int>();
        foreach (var key in stock.OrderBy(k => k.ProductId).ThenBy(k => k.CombinationId))
            foreach (var filled in await _fillService.FillAsync(key))
                filledOrders.Add(filled.OrderId);

        foreach (var orderId in placed)
            await _noticeService.OrderPlacedAsync(orderId);
        foreach (var orderId in filledOrders)
            await _noticeService.LinesFilledAsync(orderId);
    }
}
