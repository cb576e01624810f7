using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>One ledger line with what the lists show about its order and product.</summary>
public class OpenBackorderRow
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public string CustomOrderNumber { get; set; }
    public int CustomerId { get; set; }
    public int OrderItemId { get; set; }
    public int ProductId { get; set; }
    public string ProductName { get; set; }
    public string ProductSku { get; set; }
    public string CombinationSku { get; set; }
    public int BackorderModeId { get; set; }
    public int? CombinationId { get; set; }
    public int? WarehouseId { get; set; }
    public int QuantityOrdered { get; set; }
    public int QuantityBackordered { get; set; }
    public int QuantityFilled { get; set; }
    public int QuantityCancelled { get; set; }
    public int StatusId { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public DateTime? ExpectedRestockDateUtc { get; set; }

    /// <summary>The combination's own SKU when it has one, else the product's.</summary>
    public string Sku => string.IsNullOrEmpty(CombinationSku) ? ProductSku : CombinationSku;

    public int QuantityOpen => BackorderQuantities.Open(QuantityBackordered, QuantityFilled, QuantityCancelled);

    public BackorderLineStatus Status => (BackorderLineStatus)StatusId;
}

/// <summary>A product's lines in the filtered list, added up.</summary>
public class ProductBackorderTotal
{
    public int ProductId { get; set; }
    public string ProductName { get; set; }
    public int Lines { get; set; }
    public int QuantityOrdered { get; set; }
    public int QuantityBackordered { get; set; }
    public int QuantityFilled { get; set; }
    public int QuantityCancelled { get; set; }

    public int QuantityOpen => BackorderQuantities.Open(QuantityBackordered, QuantityFilled, QuantityCancelled);
}
