using System.Globalization;
using System.Text;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;
using Nop.Services.Catalog;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>
/// Builds pick lists with set-based reads: orders, their items, products, ledger lines, combinations, warehouse stock,
/// warehouses and restock dates each in one query per 1,000 ids, whatever the number of lines. A line's combination is
/// the one the ledger recorded; else the combination whose attributes XML is the item's; else nopCommerce's own match
/// (<see cref="IProductAttributeParser.FindProductAttributeCombinationAsync"/>, served by its cache), once per distinct
/// product and attributes.
/// </summary>
public class PickListService : IPickListService
{
    public const int IdsPerQuery = 1_000;

    private readonly IRepository<Order> _orders;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Product> _products;
    private readonly IRepository<ProductAttributeCombination> _combinations;
    private readonly IRepository<ProductWarehouseInventory> _inventories;
    private readonly IRepository<Warehouse> _warehouses;
    private readonly IRepository<OrderItemBackorder> _ledger;
    private readonly IRepository<ProductBackorderSetting> _productSettings;
    private readonly IProductAttributeParser _productAttributeParser;
    private readonly ILocalizationService _localizationService;
    private readonly BackorderSettings _settings;
    private readonly IEnumerable<IDocumentTokenProvider> _tokenProviders;

    public PickListService(IRepository<Order> orders,
        IRepository<OrderItem> orderItems,
        IRepository<Product> products,
        IRepository<ProductAttributeCombination> combinations,
        IRepository<ProductWarehouseInventory> inventories,
        IRepository<Warehouse> warehouses,
        IRepository<OrderItemBackorder> ledger,
        IRepository<ProductBackorderSetting> productSettings,
        IProductAttributeParser productAttributeParser,
        ILocalizationService localizationService,
        BackorderSettings settings,
        IEnumerable<IDocumentTokenProvider> tokenProviders)
    {
        _orders = orders;
        _orderItems = orderItems;
        _products = products;
        _combinations = combinations;
        _inventories = inventories;
        _warehouses = warehouses;
        _ledger = ledger;
        _productSettings = productSettings;
        _productAttributeParser = productAttributeParser;
        _localizationService = localizationService;
        _settings = settings;
        _tokenProviders = tokenProviders ?? [];
    }

    public async Task<PickList> BuildAsync(IReadOnlyCollection<int> orderIds, PickListGrouping? grouping = null)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        var chosen = grouping ?? _settings.PickListGrouping;

        var orders = await ByIdsAsync(orderIds.Where(id => id > 0), ids => _orders.Table.Where(o => ids.Contains(o.Id) && !o.Deleted));
        var orderNumbers = orders.ToDictionary(o => o.Id, o => o.CustomOrderNumber);
        var items = await ByIdsAsync(orderNumbers.Keys, ids => _orderItems.Table.Where(i => ids.Contains(i.OrderId)));
        var ledger = ItemLedgerRows.ByOrderItem(await ByIdsAsync(orderNumbers.Keys, ids => _ledger.Table.Where(l => ids.Contains(l.OrderId))),
            items.ToDictionary(i => i.Id, i => i.ProductId));

        var productIds = items.Select(i => i.ProductId).Distinct().ToList();
        var products = (await ByIdsAsync(productIds, ids => _products.Table.Where(p => ids.Contains(p.Id)))).ToDictionary(p => p.Id);
        var byAttributes = products.Values.Where(p => p.ManageInventoryMethod == ManageInventoryMethod.ManageStockByAttributes).Select(p => p.Id).ToList();
        var combinations = (await ByIdsAsync(byAttributes, ids => _combinations.Table.Where(c => ids.Contains(c.ProductId))))
            .GroupBy(c => c.ProductId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Id).ToList());
        var multiple = products.Values.Where(p => p.ManageInventoryMethod == ManageInventoryMethod.ManageStock && p.UseMultipleWarehouses).Select(p => p.Id).ToList();
        var inventories = (await ByIdsAsync(multiple, ids => _inventories.Table.Where(i => ids.Contains(i.ProductId))))
            .GroupBy(i => i.ProductId).ToDictionary(g => g.Key, g => g.Select(i => (i.WarehouseId, Stock: i.StockQuantity, Reserved: i.ReservedQuantity)).ToList());
        var restock = (await ByIdsAsync(productIds, ids => _productSettings.Table.Where(s => ids.Contains(s.ProductId))))
            .GroupBy(s => s.ProductId).ToDictionary(g => g.Key, g => g.First().ExpectedRestockDateUtc);

        var lines = new List<PickListLine>(items.Count);
        var found = new Dictionary<(int, string), ProductAttributeCombination>();
        var warehouseIds = new HashSet<int>();
        var pending = new List<(OrderItem Item, Product Product, ProductAttributeCombination Combination, OrderItemBackorder Ledger, int? WarehouseId)>();
        foreach (var item in items.OrderBy(i => i.Id))
        {
            if (!products.TryGetValue(item.ProductId, out var product))
                continue;
            ledger.TryGetValue(item.Id, out var record);
            var combination = await CombinationOfAsync(product, item, record, combinations, found);
            var warehouseId = PickListRules.WarehouseOf(product, record?.WarehouseId);
            if (warehouseId is { } w)
                warehouseIds.Add(w);
            pending.Add((item, product, combination, record, warehouseId));
        }

        var warehouses = (await ByIdsAsync(warehouseIds, ids => _warehouses.Table.Where(w => ids.Contains(w.Id)))).ToDictionary(w => w.Id);
        var today = DateTime.UtcNow;
        foreach (var (item, product, combination, record, warehouseId) in pending)
        {
            var warehouse = warehouseId is { } w ? warehouses.GetValueOrDefault(w) : null;
            var backordered = record?.QuantityBackordered ?? 0;
            var filled = record?.QuantityFilled ?? 0;
            lines.Add(new PickListLine(
                item.OrderId, orderNumbers[item.OrderId], product.Id, combination?.Id,
                string.IsNullOrEmpty(combination?.Sku) ? product.Sku ?? string.Empty : combination.Sku,
                product.Name ?? string.Empty, PickListRules.PlainText(item.AttributeDescription), item.Quantity,
                PickListRules.Available(product, combination, inventories.GetValueOrDefault(product.Id), warehouseId),
                backordered, filled, BackorderQuantities.Open(backordered, filled, record?.QuantityCancelled ?? 0),
                warehouse is null ? null : warehouseId, warehouse?.Name, string.IsNullOrWhiteSpace(warehouse?.AdminComment) ? null : warehouse.AdminComment.Trim(),
                RestockDate.ToShow(restock.GetValueOrDefault(product.Id), today), string.Empty));
        }

        var arranged = PickListRules.Arrange(lines, chosen);
        return new PickList(chosen, await WithMessagesAsync(arranged), arranged.Any(l => l.WarehouseId is not null), DateTime.UtcNow);
    }

    private async Task<ProductAttributeCombination> CombinationOfAsync(Product product, OrderItem item, OrderItemBackorder record,
        IReadOnlyDictionary<int, List<ProductAttributeCombination>> combinations, IDictionary<(int, string), ProductAttributeCombination> found)
    {
        if (product.ManageInventoryMethod != ManageInventoryMethod.ManageStockByAttributes || !combinations.TryGetValue(product.Id, out var own))
            return null;
        if (record?.CombinationId is { } recorded && own.FirstOrDefault(c => c.Id == recorded) is { } fromLedger)
            return fromLedger;

        var xml = item.AttributesXml ?? string.Empty;
        if (found.TryGetValue((product.Id, xml), out var known))
            return known;

        // The same XML is the same combination; anything else (attributes in another order, text attributes) as nopCommerce matches it.
        var combination = own.FirstOrDefault(c => string.Equals(c.AttributesXml, xml, StringComparison.Ordinal))
            ?? await _productAttributeParser.FindProductAttributeCombinationAsync(product, xml);
        found[(product.Id, xml)] = combination;
        return combination;
    }

    private async Task<IReadOnlyList<PickListLine>> WithMessagesAsync(IReadOnlyList<PickListLine> lines)
    {
        var values = lines.Select(l => (IDictionary<string, string>)DocumentTokens.ValuesOf(l, CultureInfo.CurrentCulture)).ToList();
        foreach (var provider in _tokenProviders)
            await provider.AddValuesAsync(lines, values);

        return lines.Select((line, i) => PickListRules.TemplateFor(line, _settings) is { } template
                ? line with { Message = TokenTemplate.Render(template, (IReadOnlyDictionary<string, string>)values[i]) }
                : line)
            .ToList();
    }

    private static async Task<List<T>> ByIdsAsync<T>(IEnumerable<int> ids, Func<List<int>, IQueryable<T>> query)
    {
        var all = new List<T>();
        foreach (var chunk in ids.Distinct().Order().Chunk(IdsPerQuery))
            // A List, not the array: C# 14 would bind array.Contains to MemoryExtensions, which LINQ providers do not translate.
            all.AddRange(await query(chunk.ToList()).ToListAsync());
        return all;
    }

    public async Task WriteCsvAsync(Stream stream, PickList pickList)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(pickList);

        var byOrder = pickList.Grouping == PickListGrouping.ByOrder;
        var columns = new List<(string Key, Func<PickListLine, OpenBackordersCsv.Cell> Value)>();
        if (byOrder)
            columns.Add(("OrderNumber", l => l.OrderNumber ?? string.Empty));
        columns.Add(("Sku", l => l.Sku));
        columns.Add(("Product", l => l.ProductName));
        columns.Add(("Attributes", l => l.Attributes));
        columns.Add(("QuantityOrdered", l => l.QuantityOrdered));
        columns.Add(("QuantityInStock", l => l.QuantityInStock));
        columns.Add(("QuantityBackordered", l => l.QuantityBackordered));
        columns.Add(("QuantityFilled", l => l.QuantityFilled));
        columns.Add(("QuantityOpen", l => l.QuantityOpen));
        if (pickList.ShowWarehouse)
        {
            columns.Add(("Warehouse", l => l.WarehouseName ?? string.Empty));
            columns.Add(("WarehouseLocation", l => l.WarehouseLocation ?? string.Empty));
        }

        columns.Add(("ExpectedRestockDate", l => l.ExpectedRestockDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty));
        columns.Add(("Message", l => l.Message ?? string.Empty));

        var headers = new List<string>(columns.Count);
        foreach (var (key, _) in columns)
            headers.Add(await _localizationService.GetResourceAsync(PickListColumnPrefix + key));

        await using var writer = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true);
        await OpenBackordersCsv.WriteAsync(writer, headers, Rows(pickList.Lines, columns.Select(c => c.Value).ToList()));
        await writer.FlushAsync();
    }

    /// <summary>Locale resources of the pick list's column headers (CSV, and the PDF layout may use them too).</summary>
    public const string PickListColumnPrefix = BackordersDefaults.ResourcePrefix + "Documents.PickList.Column.";

    private static async IAsyncEnumerable<IReadOnlyList<OpenBackordersCsv.Cell>> Rows(IEnumerable<PickListLine> lines,
        IReadOnlyList<Func<PickListLine, OpenBackordersCsv.Cell>> values)
    {
        foreach (var line in lines)
            yield return values.Select(v => v(line)).ToList();
        await Task.CompletedTask;
    }
}
