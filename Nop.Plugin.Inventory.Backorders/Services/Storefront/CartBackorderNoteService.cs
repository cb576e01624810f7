using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>One cart product (or combination) that will be partly or wholly backordered, with its message.</summary>
public record CartBackorderNote(int ProductId, string ProductName, string Message);

/// <summary>A cart line's signal for themes; the maximum is for all lines sharing its stock (the product's, or the combination's).</summary>
public record CartLineSignal(int ShoppingCartItemId, int ProductId, BackorderSignal Signal);

/// <summary>The notes customers read and the per-line signals themes read.</summary>
public record CartBackorderSummary(IList<CartBackorderNote> Notes, IList<CartLineSignal> Lines);

public interface ICartBackorderNoteService
{
    /// <summary>
    /// For products whose policy tells customers, what of the cart stock covers and what will be backordered
    /// ("3 in stock, 2 will be backordered"). Lines of the same product (or combination) share its stock.
    /// </summary>
    Task<IList<CartBackorderNote>> GetNotesAsync(IList<ShoppingCartItem> cart);

    /// <summary>The notes, and for every cart line with managed stock its <see cref="BackorderSignal"/>.</summary>
    Task<CartBackorderSummary> SummarizeAsync(IList<ShoppingCartItem> cart);
}

public class CartBackorderNoteService : ICartBackorderNoteService
{
    private readonly IBackorderInventoryService _inventoryService;
    private readonly ILocalizationService _localizationService;
    private readonly IProductAttributeParser _productAttributeParser;
    private readonly IProductService _productService;

    public CartBackorderNoteService(IBackorderInventoryService inventoryService,
        ILocalizationService localizationService,
        IProductAttributeParser productAttributeParser,
        IProductService productService)
    {
        _inventoryService = inventoryService;
        _localizationService = localizationService;
        _productAttributeParser = productAttributeParser;
        _productService = productService;
    }

    public async Task<IList<CartBackorderNote>> GetNotesAsync(IList<ShoppingCartItem> cart) => (await SummarizeAsync(cart)).Notes;

    public async Task<CartBackorderSummary> SummarizeAsync(IList<ShoppingCartItem> cart)
    {
        var notes = new List<CartBackorderNote>();
        var lines = new List<CartLineSignal>();
        await _inventoryService.PreloadSettingsAsync(cart.Select(item => item.ProductId).Distinct().ToList());

        foreach (var productLines in cart.Where(item => item.ShoppingCartType == ShoppingCartType.ShoppingCart).GroupBy(item => item.ProductId))
        {
            var product = await _productService.GetProductByIdAsync(productLines.Key);
            if (product is null || product.ManageInventoryMethod == ManageInventoryMethod.DontManageStock)
                continue;

            // Lines of one product share its stock; lines of one combination share the combination's.
            var byBasis = new Dictionary<int, (StockBasis Basis, List<ShoppingCartItem> Lines)>();
            var totalStock = await _productService.GetTotalStockQuantityAsync(product);
            foreach (var line in productLines)
            {
                var combination = product.ManageInventoryMethod == ManageInventoryMethod.ManageStockByAttributes
                    ? await _productAttributeParser.FindProductAttributeCombinationAsync(product, line.AttributesXml)
                    : null;
                if (StockSource.For(product, totalStock, combination) is not { } basis)
                    continue;

                var key = combination?.Id ?? 0;
                if (!byBasis.TryGetValue(key, out var shared))
                    byBasis[key] = shared = (basis, []);
                shared.Lines.Add(line);
            }

            if (byBasis.Count == 0)
                continue;

            var limit = await _inventoryService.GetBackorderLimitAsync(product);
            foreach (var (basis, basisLines) in byBasis.Values)
            {
                var signal = BackorderSignal.For(basis, limit, product.DisplayStockQuantity);
                lines.AddRange(basisLines.Select(line => new CartLineSignal(line.Id, product.Id, signal)));
                await AddNoteAsync(notes, product, basis, basisLines.Sum(line => line.Quantity));
            }
        }

        return new CartBackorderSummary(notes, lines);
    }

    private async Task AddNoteAsync(List<CartBackorderNote> notes, Product product, StockBasis basis, int quantity)
    {
        var message = await _inventoryService.DecideStockMessageAsync(product, basis.Available, basis.Policy, quantity);
        if (message.Kind is not (StockMessageKind.Backorder or StockMessageKind.PartlyBackordered))
            return;

        // The name as the cart table shows it: in the customer's language.
        notes.Add(new CartBackorderNote(product.Id, await _localizationService.GetLocalizedAsync(product, p => p.Name),
            await _inventoryService.WordStockMessageAsync(product, message)));
    }
}
