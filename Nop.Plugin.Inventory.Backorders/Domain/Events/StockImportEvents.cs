namespace Nop.Plugin.Inventory.Backorders.Domain.Events;

/// <summary>
/// Published once per applied batch of a stock import: the products and attribute combinations changed, and the products
/// whose stock rose (their own or a combination's), e.g. for a fill of waiting backorders.
/// </summary>
public record StockImportedEvent(IReadOnlyList<int> ProductIds, IReadOnlyList<int> CombinationIds, IReadOnlyList<int> StockRoseProductIds);
