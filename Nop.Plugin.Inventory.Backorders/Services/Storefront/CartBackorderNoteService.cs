using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Services.Catalog;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>One cart product (or combination) that will be partly or wholly backordered, with its message.</summary>
public record CartBackorderNote(int ProductId, string ProductName, string Message);

public interface ICartBackorderNoteService
{
    /// <summary>
    /// For products whose policy tells customers, what of the cart stock covers and what will be backordered
    /// ("3 in stock, 2 will be backordered"). Lines of the same product (or combination) share its stock.
    /// </summary>
    Task<IList<CartBackorderNote>> GetNotesAsync(IList<ShoppingCartItem> cart);
}

public class CartBackorderNoteService : ICartBackorderNoteService
{
    private readonly IBackorderInventoryService _inventoryService;
    private readonly IProductAttributeParser _productAttributeParser;
    private readonly IProductService _productService;

    public CartBackorderNoteService(IBackorderInventoryService inventoryService,
        IProductAttributeParser productAttributeParser,
        IProductService productService)
    {
        _inventoryService = inventoryService;
        _productAttributeParser = productAttributeParser;
        _productService = productService;
    }

    public async Task<IList<CartBackorderNote>> GetNotesAsync(IList<ShoppingCartItem> cart)
    {
        var notes = new List<CartBackorderNote>();
        await _inventoryService.PreloadSettingsAsync(cart.Select(item => item.ProductId).Distinct().ToList());

        foreach (var productLines in cart.Where(item => item.ShoppingCartType == ShoppingCartType.ShoppingCart).GroupBy(item => item.ProductId))
        {
            var product = await _productService.GetProductByIdAsync(productLines.Key);
            if (product is null)
                continue;

            // Lines of one product share its stock; lines of one combination share the combination's.
            var byBasis = new Dictionary<int, (StockBasis Basis, int Quantity)>();
            var totalStock = await _productService.GetTotalStockQuantityAsync(product);
            foreach (var line in productLines)
            {
                var combination = product.ManageInventoryMethod == ManageInventoryMethod.ManageStockByAttributes
                    ? await _productAttributeParser.FindProductAttributeCombinationAsync(product, line.AttributesXml)
                    : null;
                if (StockSource.For(product, totalStock, combination) is not { } basis)
                    continue;

                var key = combination?.Id ?? 0;
                byBasis[key] = (basis, (byBasis.TryGetValue(key, out var seen) ? seen.Quantity : 0) + line.Quantity);
            }

            foreach (var (basis, quantity) in byBasis.Values)
                await AddNoteAsync(notes, product, basis, quantity);
        }

        return notes;
    }

    private async Task AddNoteAsync(List<CartBackorderNote> notes, Product product, StockBasis basis, int quantity)
    {
        var message = await _inventoryService.DecideStockMessageAsync(product, basis.Available, basis.Policy, quantity);
        if (message.Kind is not (StockMessageKind.Backorder or StockMessageKind.PartlyBackordered))
            return;

        notes.Add(new CartBackorderNote(product.Id, product.Name, await _inventoryService.WordStockMessageAsync(product, message)));
    }
}
