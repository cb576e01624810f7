using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Inventory.Backorders.Services.Rules;
using Nop.Services.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services;

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

            switch (product.ManageInventoryMethod)
            {
                case ManageInventoryMethod.ManageStock:
                    var available = await _productService.GetTotalStockQuantityAsync(product);
                    await AddNoteAsync(notes, product, available, product.BackorderMode, productLines.Sum(item => item.Quantity));
                    break;

                case ManageInventoryMethod.ManageStockByAttributes:
                    var byCombination = new Dictionary<int, (ProductAttributeCombination Combination, int Quantity)>();
                    foreach (var line in productLines)
                    {
                        var combination = await _productAttributeParser.FindProductAttributeCombinationAsync(product, line.AttributesXml);
                        if (combination is null)
                            continue;

                        byCombination[combination.Id] = (combination, (byCombination.TryGetValue(combination.Id, out var seen) ? seen.Quantity : 0) + line.Quantity);
                    }

                    foreach (var (combination, quantity) in byCombination.Values)
                        await AddNoteAsync(notes, product, combination.StockQuantity,
                            EffectivePolicy.ForCombination(product.BackorderMode, combination.AllowOutOfStockOrders), quantity);
                    break;
            }
        }

        return notes;
    }

    private async Task AddNoteAsync(List<CartBackorderNote> notes, Product product, int available, BackorderMode policy, int quantity)
    {
        var message = await _inventoryService.DecideStockMessageAsync(product, available, policy, quantity);
        if (message.Kind is not (StockMessageKind.Backorder or StockMessageKind.PartlyBackordered))
            return;

        notes.Add(new CartBackorderNote(product.Id, product.Name, await _inventoryService.WordStockMessageAsync(product, message)));
    }
}
