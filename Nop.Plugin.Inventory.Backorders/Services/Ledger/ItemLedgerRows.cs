using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// An order item's own ledger line. An item may also carry lines of products attached to it through attribute values
/// (same <see cref="OrderItemBackorder.OrderItemId"/>, the attached product's id); documents and shipping print the item's
/// figures, so they read only the line of the item's own product.
/// </summary>
public static class ItemLedgerRows
{
    /// <param name="rows">Ledger lines of the items (any order; attached products' lines among them).</param>
    /// <param name="productOfItem">The product of each order item by its id.</param>
    public static Dictionary<int, OrderItemBackorder> ByOrderItem(IEnumerable<OrderItemBackorder> rows, IReadOnlyDictionary<int, int> productOfItem) =>
        rows.Where(r => productOfItem.TryGetValue(r.OrderItemId, out var productId) && productId == r.ProductId)
            .GroupBy(r => r.OrderItemId)
            .ToDictionary(g => g.Key, g => g.First());
}
