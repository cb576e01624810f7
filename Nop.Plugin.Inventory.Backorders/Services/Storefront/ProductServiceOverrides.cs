using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// What <see cref="BackorderProductService"/> does instead of nopCommerce, one method per override. Each answers
/// "nopCommerce's own behaviour" (null / false) when the plugin is not installed, and then touches nothing of the
/// plugin; the override then runs nopCommerce's code. Kept apart from the override so it can be tested alone.
/// </summary>
public class ProductServiceOverrides
{
    public const string PlaceOrderMessageKey = "Admin.StockQuantityHistory.Messages.PlaceOrder";
    public const string LimitRefusedKey = BackordersDefaults.ResourcePrefix + "Checkout.BackorderLimitReached";

    private readonly IAtomicStockService _atomicStockService;
    private readonly BackorderCaptures _captures;
    private readonly ILocalizationService _localizationService;
    private readonly IEventPublisher _eventPublisher;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IBackordersInstalled _installed;
    private readonly IBackorderInventoryService _inventoryService;
    private readonly IProductAttributeParser _productAttributeParser;

    public ProductServiceOverrides(IAtomicStockService atomicStockService,
        IEventPublisher eventPublisher,
        IHttpContextAccessor httpContextAccessor,
        IBackordersInstalled installed,
        IBackorderInventoryService inventoryService,
        IProductAttributeParser productAttributeParser,
        BackorderCaptures captures,
        ILocalizationService localizationService)
    {
        _atomicStockService = atomicStockService;
        _captures = captures;
        _localizationService = localizationService;
        _eventPublisher = eventPublisher;
        _httpContextAccessor = httpContextAccessor;
        _installed = installed;
        _inventoryService = inventoryService;
        _productAttributeParser = productAttributeParser;
    }

    /// <summary>The availability text of a product managed by stock; null for nopCommerce's own.</summary>
    /// <param name="totalStock">nopCommerce's GetTotalStockQuantityAsync.</param>
    public async Task<string> GetStockMessageAsync(Product product, Func<Product, Task<int>> totalStock)
    {
        if (!await _installed.IsInstalledAsync() || StockSource.For(product, await totalStock(product)) is not { } stock)
            return null;

        return await _inventoryService.GetStockMessageAsync(product, stock.Available, stock.Policy, await EnteredQuantityAsync(product));
    }

    /// <summary>The availability text of an attribute combination; null for nopCommerce's own.</summary>
    public async Task<string> GetStockMessageForAttributesAsync(Product product, string attributesXml)
    {
        if (!await _installed.IsInstalledAsync())
            return null;

        // nopCommerce ignores the policy for combinations and never tells the customer; a combination behaves like a product here.
        var combination = await _productAttributeParser.FindProductAttributeCombinationAsync(product, attributesXml);
        if (StockSource.For(product, totalStock: 0, combination) is not { } stock)
            return null;

        return await _inventoryService.GetStockMessageAsync(product, stock.Available, stock.Policy, await EnteredQuantityAsync(product));
    }

    /// <summary>Applies the plugin's low-stock activity; false when nopCommerce's applies.</summary>
    public async Task<bool> ApplyLowStockActivityAsync(Product product, int totalStock)
    {
        if (!await _installed.IsInstalledAsync())
            return false;

        await _inventoryService.ApplyLowStockActivityAsync(product, totalStock);
        return true;
    }

    /// <summary>
    /// Changes the stock in the database in one step, for every inventory method: a single-warehouse product's stock, an
    /// attribute combination's stock, or (for a sale) a reservation over the product's warehouses. nopCommerce's
    /// adjustment then runs (history, low-stock activity, e-mails, bundles) from the value that step produced, inside an
    /// <see cref="AtomicStockWriteGuard"/> window the caller opens with the answer (a window opened in here would not
    /// flow back to it), which leaves out nopCommerce's own write. For a sale, the line's backordered part is captured
    /// for the ledger (<see cref="BackorderCaptures"/>); when nopCommerce places an order, a backorder limit is checked
    /// in the same step and a line beyond it is refused (<see cref="BackorderLimitExceededException"/>).
    /// <see cref="AtomicStockChange.None"/> when nopCommerce's adjustment runs as it is.
    /// </summary>
    public async Task<AtomicStockChange> AdjustStockAtomicallyAsync(Product product, int quantityToChange, string attributesXml = "", string message = "")
    {
        ArgumentNullException.ThrowIfNull(product);

        if (quantityToChange == 0 || product.ManageInventoryMethod == ManageInventoryMethod.DontManageStock || !await _installed.IsInstalledAsync())
            return AtomicStockChange.None;

        var sale = quantityToChange < 0;
        var placement = sale && LedgerCapture.IsPlacement(message, await _localizationService.GetResourceAsync(PlaceOrderMessageKey));

        if (product.ManageInventoryMethod == ManageInventoryMethod.ManageStockByAttributes)
        {
            var combination = await _productAttributeParser.FindProductAttributeCombinationAsync(product, attributesXml);
            if (combination is null)
                return AtomicStockChange.None;

            var lowest = placement ? await LowestAsync(product, EffectivePolicy.ForCombination(product.BackorderMode, combination.AllowOutOfStockOrders)) : null;
            var after = lowest is { } floor
                ? await _atomicStockService.AddToCombinationStockAsync(combination.Id, quantityToChange, floor) ?? throw await RefusedAsync(product)
                : await _atomicStockService.AddToCombinationStockAsync(combination.Id, quantityToChange);
            // nopCommerce adds the change to the value before it.
            combination.StockQuantity = after - quantityToChange;
            if (sale)
                Capture(product, attributesXml, -quantityToChange, after - quantityToChange, placement, combinationId: combination.Id);
            return new AtomicStockChange(AtomicStockKind.Combination, combination.Id, after);
        }

        if (!product.UseMultipleWarehouses)
        {
            var lowest = placement ? await LowestAsync(product, product.BackorderMode) : null;
            var after = lowest is { } floor
                ? await _atomicStockService.AddToProductStockAsync(product.Id, quantityToChange, floor) ?? throw await RefusedAsync(product)
                : await _atomicStockService.AddToProductStockAsync(product.Id, quantityToChange);
            product.StockQuantity = after - quantityToChange;
            if (sale)
                Capture(product, attributesXml, -quantityToChange, after - quantityToChange, placement);
            return new AtomicStockChange(AtomicStockKind.Product, product.Id, after);
        }

        if (!sale)
        {
            // Stock coming back (cancellation, return, edit): released in nopCommerce's order, in one step too.
            foreach (var row in await _atomicStockService.ReleaseInWarehousesAsync(product.Id, quantityToChange))
                await PublishWarehouseRowAsync(product, row);
            return new AtomicStockChange(AtomicStockKind.Warehouses, product.Id, 0);
        }

        var reservation = await _atomicStockService.ReserveInWarehousesAsync(product.Id, -quantityToChange,
            placement ? await LowestAsync(product, product.BackorderMode) : null);
        if (reservation.Refused)
            throw await RefusedAsync(product);

        // The statement skipped nopCommerce's entity events; caches of the rows hear of the change all the same.
        foreach (var row in reservation.Rows)
            await PublishWarehouseRowAsync(product, row);

        // Without warehouse rows nopCommerce reserves nothing: the whole line waits for stock.
        var backordered = reservation.Rows.Count == 0 ? -quantityToChange : reservation.Backordered;
        _captures.Add(new LineCapture(product.Id, attributesXml ?? "", -quantityToChange, backordered, reservation.StockBefore,
            WarehouseId: reservation.BackorderWarehouseId, IsPlacement: placement, AttachedTo: AttachedStockScope.Current));
        return new AtomicStockChange(AtomicStockKind.Warehouses, product.Id, 0);
    }

    private Task PublishWarehouseRowAsync(Product product, WarehouseReservationRow row) =>
        _eventPublisher.PublishAsync(new EntityUpdatedEvent<ProductWarehouseInventory>(new ProductWarehouseInventory
        {
            Id = row.Id, ProductId = product.Id, WarehouseId = row.WarehouseId, StockQuantity = row.StockQuantity, ReservedQuantity = row.ReservedQuantity
        }));

    /// <summary>
    /// True when nopCommerce's reservation (or, for stock coming back, its unblocking) over the product's warehouses is
    /// the one an atomic change already made.
    /// </summary>
    public async Task<bool> SkipWarehouseReservationAsync(Product product) =>
        product is not null && await _installed.IsInstalledAsync() && AtomicStockWriteGuard.TryConsume(AtomicStockKind.Warehouses, product.Id, out _);

    private void Capture(Product product, string attributesXml, int quantity, int stockBefore, bool placement, int? combinationId = null) =>
        _captures.Add(new LineCapture(product.Id, attributesXml ?? "", quantity, LedgerCapture.BackorderedPart(quantity, stockBefore), stockBefore,
            combinationId, IsPlacement: placement, AttachedTo: AttachedStockScope.Current));

    private async Task<int?> LowestAsync(Product product, BackorderMode policy) =>
        EffectivePolicy.AllowsBackorders(policy) ? LedgerCapture.LowestStockAllowed(policy, await _inventoryService.GetBackorderLimitAsync(product)) : null;

    private async Task<BackorderLimitExceededException> RefusedAsync(Product product) =>
        new(product.Id, string.Format(await _localizationService.GetResourceAsync(LimitRefusedKey), product.Name));

    /// <summary>True when this write of the product is the one an atomic stock change already made (caches still hear of it).</summary>
    public async Task<bool> SkipEntityWriteAsync(Product product)
    {
        if (product is null || !await _installed.IsInstalledAsync() || !AtomicStockWriteGuard.TryConsume(product.Id))
            return false;

        await _eventPublisher.PublishAsync(new EntityUpdatedEvent<Product>(product));
        return true;
    }

    /// <summary>
    /// On the product page's availability refresh (nopCommerce's attribute-change request, which posts the product form),
    /// the quantity the customer entered, so the message can say how it splits; 0 elsewhere.
    /// </summary>
    private async Task<int> EnteredQuantityAsync(Product product)
    {
        var request = _httpContextAccessor.HttpContext?.Request;
        if (request is null || !HttpMethods.IsPost(request.Method) || await PostedForm.ReadAsync(request) is not { } field)
            return 0;

        return EnteredQuantityForm.Parse(product.Id, field);
    }
}
