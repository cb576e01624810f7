namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// Stock changes made in one database statement, so concurrent orders (also from several application instances
/// sharing one database) never lose an update. Each returns the stock the change produced.
/// </summary>
public interface IAtomicStockService
{
    Task<int> AddToProductStockAsync(int productId, int delta);

    Task<int> AddToCombinationStockAsync(int combinationId, int delta);

    /// <summary>The change only when the stock stays at or above <paramref name="lowest"/> (checked in the same statement); else null, nothing changed.</summary>
    Task<int?> AddToProductStockAsync(int productId, int delta, int lowest);

    /// <inheritdoc cref="AddToProductStockAsync(int, int, int)"/>
    Task<int?> AddToCombinationStockAsync(int combinationId, int delta, int lowest);

    /// <summary>
    /// Reserves <paramref name="quantity"/> (positive) units over the product's warehouses in nopCommerce's order
    /// (<see cref="Ledger.WarehouseReservationRule"/>), atomically. With <paramref name="lowest"/>, refused (nothing changed)
    /// when stock − reserved over the warehouses would fall below it.
    /// </summary>
    Task<WarehouseReservation> ReserveInWarehousesAsync(int productId, int quantity, int? lowest = null);

    /// <summary>
    /// Gives back <paramref name="quantity"/> (positive) units over the product's warehouses in nopCommerce's order
    /// (<see cref="Ledger.WarehouseReleaseRule"/>), atomically: the rows changed, with <see cref="WarehouseReservationRow.Taken"/>
    /// the units released from the reservation and <see cref="WarehouseReservationRow.Backordered"/> the units added to stock.
    /// </summary>
    Task<IList<WarehouseReservationRow>> ReleaseInWarehousesAsync(int productId, int quantity);
}

/// <summary>A warehouse row a reservation changed: the row afterwards, and what it gave from stock and took as backorder.</summary>
public sealed class WarehouseReservationRow
{
    public int Id { get; set; }
    public int WarehouseId { get; set; }
    public int StockQuantity { get; set; }
    public int ReservedQuantity { get; set; }
    public int Taken { get; set; }
    public int Backordered { get; set; }
    /// <summary>The product's Σ max(0, stock − reserved) before the reservation (what its warehouses could give).</summary>
    public int FreeTotal { get; set; }
    /// <summary>The product's Σ (stock − reserved) before the reservation (nopCommerce's total stock).</summary>
    public int Total { get; set; }
}

/// <summary>The outcome of <see cref="IAtomicStockService.ReserveInWarehousesAsync"/>.</summary>
/// <param name="Refused">The backorder limit would have been passed; nothing changed.</param>
/// <param name="Rows">The rows changed (none when refused, or when the product has no warehouse rows: then nopCommerce changes nothing either).</param>
public sealed record WarehouseReservation(bool Refused, IReadOnlyList<WarehouseReservationRow> Rows)
{
    /// <summary>What the warehouses could give before the reservation (0 without warehouse rows).</summary>
    public int StockBefore => Rows.Count == 0 ? 0 : Rows[0].FreeTotal;

    public int FromStock => Rows.Sum(r => r.Taken);

    public int Backordered => Rows.Sum(r => r.Backordered);

    /// <summary>The warehouse holding the backordered part, if any.</summary>
    public int? BackorderWarehouseId => Rows.FirstOrDefault(r => r.Backordered > 0)?.WarehouseId;
}
