namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>What "ship what is in stock" knows about one order line.</summary>
/// <param name="Quantity">nopCommerce's order item quantity.</param>
/// <param name="InShipments">Units of the line in the order's shipments so far (shipped or not), as nopCommerce counts them.</param>
/// <param name="IsShipEnabled">The product's "Shipping enabled"; nopCommerce ships nothing else (downloads, services).</param>
/// <param name="Ledger">The line's ledger row, null when nothing of it was ever backordered.</param>
/// <param name="UsesMultipleWarehouses">Inventory managed by stock in multiple warehouses (nopCommerce's ManageStock + UseMultipleWarehouses).</param>
/// <param name="WarehouseId">The product's own warehouse (nopCommerce's Product.WarehouseId; 0: none).</param>
/// <param name="ItemWeight">nopCommerce's OrderItem.ItemWeight (per unit), null when unknown.</param>
public sealed record ShipInStockLine(int OrderItemId, int ProductId, int Quantity, int InShipments, bool IsShipEnabled,
    ShipInStockLedger? Ledger = null, bool UsesMultipleWarehouses = false, int WarehouseId = 0, decimal? ItemWeight = null);

/// <summary>The ledger's figures for a line: what was backordered at placement and what has been filled since.</summary>
/// <param name="WarehouseId">Where the backordered part waits (multiple warehouses), if known.</param>
public readonly record struct ShipInStockLedger(int Ordered, int Backordered, int Filled, int? WarehouseId = null);

/// <summary>
/// One warehouse row of a product (nopCommerce's ProductWarehouseInventory) as shipping sees it. nopCommerce reserves
/// units at placement and lowers stock and reserved together only when a shipment is shipped, from the shipment item's
/// warehouse; <paramref name="Planned"/> is what shipments not yet shipped or delivered already take from it (nopCommerce's
/// "planned" quantity).
/// </summary>
public sealed record WarehouseStock(int ProductId, int WarehouseId, int Stock, int Reserved, int Planned)
{
    /// <summary>Units on the shelf that no shipment takes yet.</summary>
    public int Free => Math.Max(0, Stock - Planned);

    /// <summary>Reserved units no shipment covers yet: shipping these keeps nopCommerce's reservations right.</summary>
    public int ReservedFree => Math.Max(0, Reserved - Planned);
}

/// <summary>One shipment item to create.</summary>
public readonly record struct PlannedShipmentItem(int OrderItemId, int Quantity, int WarehouseId, decimal? Weight);

/// <summary>One shipment to create: its warehouse (0: none) and items.</summary>
public sealed record PlannedShipment(int WarehouseId, IReadOnlyList<PlannedShipmentItem> Items)
{
    /// <summary>As nopCommerce's AddShipment: the sum of item weight × quantity over items that have a weight; null when none has.</summary>
    public decimal? TotalWeight => Items.Any(i => i.Weight.HasValue) ? Items.Where(i => i.Weight.HasValue).Sum(i => i.Weight!.Value * i.Quantity) : null;
}

/// <summary>Why nothing can be shipped.</summary>
public enum ShipInStockRefusal
{
    None = 0,

    /// <summary>No line has a product with shipping enabled.</summary>
    NoShippableProducts = 10,

    /// <summary>Every shippable unit is in a shipment already.</summary>
    AllShipped = 20,

    /// <summary>What is left waits for stock (backordered, or not on the warehouses' shelves).</summary>
    WaitingForStock = 30
}

/// <summary>The shipments to create and what stays behind.</summary>
/// <param name="StillToCome">Units of shippable lines left for a later shipment (backordered or short on the shelf).</param>
public sealed record ShipInStockPlanResult(IReadOnlyList<PlannedShipment> Shipments, ShipInStockRefusal Refusal, int StillToCome);

/// <summary>
/// "Ship what is in stock" as a rule. A line's ready units are the part not backordered at placement plus what the
/// ledger filled since (cancelled units never are); what nopCommerce's shipments already hold is taken off. A product
/// kept in several warehouses ships from the warehouses that have the units on the shelf, where they are reserved first
/// (<see cref="SplitOverWarehouses"/>), never more than the shelves have; any other product from its own warehouse, as
/// nopCommerce's AddShipment does. One shipment per warehouse.
/// </summary>
public static class ShipInStockPlan
{
    /// <summary>Units of the line ready to ship now, not yet in a shipment.</summary>
    public static int Shippable(ShipInStockLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.IsShipEnabled || line.Quantity <= 0)
            return 0;

        var ready = line.Quantity;
        if (line.Ledger is { } ledger)
        {
            var notBackordered = Math.Max(0, ledger.Ordered - Math.Max(0, ledger.Backordered));
            ready = Math.Min(line.Quantity, notBackordered + Math.Max(0, ledger.Filled));
        }

        return Math.Max(0, ready - Math.Max(0, line.InShipments));
    }

    /// <summary>
    /// Splits <paramref name="quantity"/> units of a multi-warehouse line over <paramref name="stock"/> (that product's
    /// rows; their <see cref="WarehouseStock.Planned"/> is raised by what is taken, so later lines see less). First from
    /// warehouses holding reserved units no shipment covers yet (most first), so that shipping lowers the reservation
    /// where nopCommerce made it; then from any shelf (most free first); the ledger's warehouse, then the lowest id, on a tie.
    /// </summary>
    public static IReadOnlyList<(int WarehouseId, int Quantity)> SplitOverWarehouses(int quantity, IList<WarehouseStock> stock, int? preferredWarehouseId)
    {
        ArgumentNullException.ThrowIfNull(stock);
        var taken = new List<(int WarehouseId, int Quantity)>();
        var left = quantity;
        foreach (var reservedFirst in new[] { true, false })
        {
            var order = stock
                .Select((row, index) => (row, index))
                .OrderByDescending(x => reservedFirst ? Math.Min(x.row.Free, x.row.ReservedFree) : x.row.Free)
                .ThenByDescending(x => x.row.WarehouseId == preferredWarehouseId)
                .ThenBy(x => x.row.WarehouseId)
                .Select(x => x.index)
                .ToList();
            foreach (var index in order)
            {
                if (left <= 0)
                    break;
                var row = stock[index];
                var take = Math.Min(left, reservedFirst ? Math.Min(row.Free, row.ReservedFree) : row.Free);
                if (take <= 0)
                    continue;
                stock[index] = row with { Planned = row.Planned + take };
                taken.Add((row.WarehouseId, take));
                left -= take;
            }
        }

        return taken.GroupBy(t => t.WarehouseId).Select(g => (g.Key, g.Sum(t => t.Quantity))).ToList();
    }

    /// <param name="stock">Warehouse rows of the multi-warehouse products on the order (any order; copied, not changed).</param>
    public static ShipInStockPlanResult Plan(IEnumerable<ShipInStockLine> lines, IEnumerable<WarehouseStock> stock)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var all = lines.OrderBy(l => l.OrderItemId).ToList();
        var byProduct = (stock ?? [])
            .GroupBy(s => s.ProductId)
            .ToDictionary(g => g.Key, g => (IList<WarehouseStock>)g.OrderBy(s => s.WarehouseId).ToList());

        var items = new List<PlannedShipmentItem>();
        var stillToCome = 0;
        var anyShipEnabled = false;
        var anyUnshipped = false;
        foreach (var line in all)
        {
            if (!line.IsShipEnabled || line.Quantity <= 0)
                continue;
            anyShipEnabled = true;
            var unshipped = Math.Max(0, line.Quantity - Math.Max(0, line.InShipments));
            if (unshipped == 0)
                continue;
            anyUnshipped = true;

            var shippable = Shippable(line);
            var shipped = 0;
            if (shippable > 0 && line.UsesMultipleWarehouses)
            {
                var rows = byProduct.GetValueOrDefault(line.ProductId) ?? [];
                foreach (var (warehouseId, quantity) in SplitOverWarehouses(shippable, rows, line.Ledger?.WarehouseId))
                {
                    items.Add(new PlannedShipmentItem(line.OrderItemId, quantity, warehouseId, line.ItemWeight));
                    shipped += quantity;
                }
            }
            else if (shippable > 0)
            {
                items.Add(new PlannedShipmentItem(line.OrderItemId, shippable, Math.Max(0, line.WarehouseId), line.ItemWeight));
                shipped = shippable;
            }

            stillToCome += unshipped - shipped;
        }

        var shipments = items
            .GroupBy(i => i.WarehouseId)
            .OrderBy(g => g.Key)
            .Select(g => new PlannedShipment(g.Key, g.ToList()))
            .ToList();
        var refusal = shipments.Count > 0 ? ShipInStockRefusal.None
            : !anyShipEnabled ? ShipInStockRefusal.NoShippableProducts
            : !anyUnshipped ? ShipInStockRefusal.AllShipped
            : ShipInStockRefusal.WaitingForStock;
        return new ShipInStockPlanResult(shipments, refusal, stillToCome);
    }
}
