using Nop.Core.Domain.Catalog;
using Nop.Core.Events;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// What <see cref="BackorderProductAttributeService"/> does instead of nopCommerce's combination write (apart from
/// <see cref="ProductServiceOverrides"/>, which needs the attribute parser and so, through it, that service).
/// </summary>
public class AtomicCombinationWrite
{
    private readonly IEventPublisher _eventPublisher;
    private readonly IBackordersInstalled _installed;

    public AtomicCombinationWrite(IEventPublisher eventPublisher, IBackordersInstalled installed)
    {
        _eventPublisher = eventPublisher;
        _installed = installed;
    }

    /// <summary>
    /// True when this write of the combination is the one an atomic stock change already made (its stock is then set to
    /// what that change produced, and caches still hear of it); false when nopCommerce writes it.
    /// </summary>
    public async Task<bool> SkipAsync(ProductAttributeCombination combination)
    {
        if (combination is null || !await _installed.IsInstalledAsync()
            || !AtomicStockWriteGuard.TryConsume(AtomicStockKind.Combination, combination.Id, out var stockAfter))
        {
            return false;
        }

        // nopCommerce's history row, written next, reads the stock from this instance.
        combination.StockQuantity = stockAfter;
        await _eventPublisher.PublishAsync(new EntityUpdatedEvent<ProductAttributeCombination>(combination));
        return true;
    }
}
