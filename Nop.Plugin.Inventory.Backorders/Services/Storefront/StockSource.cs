using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>The stock and policy a product's availability is worded from.</summary>
public readonly record struct StockBasis(int Available, BackorderMode Policy);

/// <summary>
/// What availability is based on, per inventory method: the product's total stock (one warehouse, or stock minus
/// reserved over its warehouses) with its policy; a combination's own stock with the combination's policy; nothing
/// when stock is not managed (or no combination matches: nopCommerce's own message then applies).
/// </summary>
public static class StockSource
{
    /// <param name="totalStock">nopCommerce's total stock for the product (GetTotalStockQuantityAsync).</param>
    /// <param name="combination">The combination chosen, for products managed by attributes.</param>
    public static StockBasis? For(Product product, int totalStock, ProductAttributeCombination combination = null) =>
        product.ManageInventoryMethod switch
        {
            ManageInventoryMethod.ManageStock => new StockBasis(totalStock, product.BackorderMode),
            ManageInventoryMethod.ManageStockByAttributes when combination is not null =>
                new StockBasis(combination.StockQuantity, EffectivePolicy.ForCombination(product.BackorderMode, combination.AllowOutOfStockOrders)),
            _ => null
        };
}
