using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Services.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// What <see cref="BackorderProductService"/> does instead of nopCommerce, one method per override. Each answers
/// "nopCommerce's own behaviour" (null / false) when the plugin is not installed, and then touches nothing of the
/// plugin; the override then runs nopCommerce's code. Kept apart from the override so it can be tested alone.
/// </summary>
public class ProductServiceOverrides
{
    private readonly IAtomicStockService _atomicStockService;
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
        IProductAttributeParser productAttributeParser)
    {
        _atomicStockService = atomicStockService;
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
    /// For a single-warehouse product, changes the stock in one statement and answers true: nopCommerce's adjustment
    /// then runs (history, low-stock activity, e-mails, bundles) from the value that statement produced, inside an
    /// <see cref="AtomicStockWriteGuard"/> window the caller opens (a window opened in here would not flow back to it).
    /// False when nopCommerce's adjustment runs as it is.
    /// </summary>
    public async Task<bool> AdjustStockAtomicallyAsync(Product product, int quantityToChange)
    {
        ArgumentNullException.ThrowIfNull(product);

        if (quantityToChange == 0 || product.ManageInventoryMethod != ManageInventoryMethod.ManageStock || product.UseMultipleWarehouses
            || !await _installed.IsInstalledAsync())
        {
            return false;
        }

        // nopCommerce adds the change to the value before it.
        var stockAfter = await _atomicStockService.AddToProductStockAsync(product.Id, quantityToChange);
        product.StockQuantity = stockAfter - quantityToChange;
        return true;
    }

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
