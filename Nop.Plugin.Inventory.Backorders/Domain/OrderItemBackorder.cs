using Nop.Core;

namespace Nop.Plugin.Inventory.Backorders.Domain;

/// <summary>
/// The ledger: one row per order line and product that had a backordered part when the order was placed (also for "do
/// not tell customers" products), and how much of that part has since been filled from stock or cancelled. An order
/// item has a row for its own product and one for each product attached to it through "associated product" attribute
/// values (unique: order item + product).
/// Open quantity = <see cref="QuantityBackordered"/> − <see cref="QuantityFilled"/> − <see cref="QuantityCancelled"/>.
/// </summary>
public class OrderItemBackorder : BaseEntity
{
    public int OrderId { get; set; }
    public int OrderItemId { get; set; }
    public int ProductId { get; set; }

    /// <summary>The attribute combination whose stock the line used, when the product keeps stock per combination; else null.</summary>
    public int? CombinationId { get; set; }

    /// <summary>The warehouse where the line's backordered part waits (multiple warehouses); else null.</summary>
    public int? WarehouseId { get; set; }

    public int QuantityOrdered { get; set; }

    /// <summary>
    /// Units of <see cref="ProductId"/> per unit of the order item: 1 for the item's own product; for a product attached
    /// through "associated product" attribute values, the values' quantity. <see cref="QuantityOrdered"/> = item quantity × this.
    /// </summary>
    public int QuantityPerItem { get; set; } = 1;

    /// <summary>The part of the line stock could not cover at the moment the order was placed.</summary>
    public int QuantityBackordered { get; set; }

    public int QuantityFilled { get; set; }
    public int QuantityCancelled { get; set; }

    /// <summary><see cref="BackorderLineStatus"/>, kept in step with the quantities (indexed: open lines oldest first).</summary>
    public int StatusId { get; set; }

    public BackorderLineStatus Status
    {
        get => (BackorderLineStatus)StatusId;
        set => StatusId = (int)value;
    }

    /// <summary>
    /// The line's order was deleted in nopCommerce (set when the ledger hears of the delete): lists leave it out by this
    /// mark alone, without reading the Order table.
    /// </summary>
    public bool OrderDeleted { get; set; }

    public DateTime CreatedOnUtc { get; set; }
    public DateTime UpdatedOnUtc { get; set; }
}

public enum BackorderLineStatus
{
    Open = 10,
    PartlyFilled = 20,
    Filled = 30,
    Cancelled = 40
}
