using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Services.Common.Pdf;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>
/// Adds the ledger's figures to the lines nopCommerce's PdfService prepared (level 1, its own layout): under the name
/// on invoices, in the quantity on packaging slips ("2 (3 to follow)"). Texts in the document's language. Kept apart
/// from <see cref="BackorderPdfService"/> so that it can be tested without nopCommerce's PDF machinery.
/// </summary>
public class BackorderInvoiceLines
{
    private readonly IBackordersInstalled _installed;
    private readonly IRepository<OrderItemBackorder> _ledger;
    private readonly IRepository<ShipmentItem> _shipmentItems;
    private readonly ILocalizationService _localizationService;

    public BackorderInvoiceLines(IBackordersInstalled installed,
        IRepository<OrderItemBackorder> ledger,
        IRepository<ShipmentItem> shipmentItems,
        ILocalizationService localizationService)
    {
        _installed = installed;
        _ledger = ledger;
        _shipmentItems = shipmentItems;
        _localizationService = localizationService;
    }

    /// <param name="items">nopCommerce's lines, one per order item in the same order (as its GetOrderProductItemsAsync builds them).</param>
    /// <param name="orderItems">The order items those lines were built from (vendor-filtered already, when a vendor prints).</param>
    /// <param name="shipmentItems">The shipment's items for a packaging slip; null for an invoice.</param>
    public async Task AddAsync(IList<ProductItem> items, IList<OrderItem> orderItems, Language language, IList<ShipmentItem> shipmentItems = null)
    {
        if (items is null || orderItems is null || items.Count != orderItems.Count || orderItems.Count == 0 || !await _installed.IsInstalledAsync())
            return;

        var itemIds = orderItems.Select(i => i.Id).Distinct().ToList();
        var ledger = ItemLedgerRows.ByOrderItem(await _ledger.Table.Where(l => itemIds.Contains(l.OrderItemId)).ToListAsync(),
            orderItems.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First().ProductId));
        if (ledger.Count == 0)
            return;

        var languageId = language?.Id ?? 0;
        if (shipmentItems is null)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (!ledger.TryGetValue(orderItems[i].Id, out var line))
                    continue;
                foreach (var (key, quantity) in InvoiceLineRules.UnderName(line.QuantityBackordered, line.QuantityFilled, line.QuantityCancelled))
                    (items[i].ProductAttributes ??= []).Add(string.Format(await TextAsync(key, languageId), quantity));
            }

            return;
        }

        // What this shipment and the earlier ones carry of each backordered item.
        var shipmentId = shipmentItems.Select(s => s.ShipmentId).DefaultIfEmpty().Max();
        var backordered = ledger.Values.Where(l => l.QuantityBackordered > 0).Select(l => l.OrderItemId).ToList();
        var shipped = (await _shipmentItems.Table
                .Where(s => backordered.Contains(s.OrderItemId) && s.ShipmentId <= shipmentId)
                .Select(s => new { s.OrderItemId, s.Quantity })
                .ToListAsync())
            .GroupBy(s => s.OrderItemId).ToDictionary(g => g.Key, g => g.Sum(s => s.Quantity));
        var format = await TextAsync(InvoiceLineRules.QuantityToFollowKey, languageId);
        for (var i = 0; i < items.Count; i++)
        {
            if (!ledger.TryGetValue(orderItems[i].Id, out var line) || line.QuantityBackordered <= 0)
                continue;
            if (InvoiceLineRules.ToFollow(orderItems[i].Quantity, shipped.GetValueOrDefault(line.OrderItemId)) is { } rest)
                items[i].Quantity = string.Format(format, items[i].Quantity, rest);
        }
    }

    private Task<string> TextAsync(string key, int languageId) =>
        languageId > 0 ? _localizationService.GetResourceAsync(key, languageId) : _localizationService.GetResourceAsync(key);
}
