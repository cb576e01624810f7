using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>What the merchant filters the open-backorders list by; empty fields do not filter.</summary>
public record OpenBackordersFilter
{
    /// <summary>Part of the product's name.</summary>
    public string ProductName { get; init; }

    /// <summary>The product's SKU or its attribute combination's SKU, exactly.</summary>
    public string Sku { get; init; }

    /// <summary>The order's number as the store shows it (nopCommerce's custom order number), exactly.</summary>
    public string OrderNumber { get; init; }

    /// <summary>Lines of orders placed at or after this moment (UTC).</summary>
    public DateTime? CreatedFromUtc { get; init; }

    /// <summary>Lines of orders placed before this moment (UTC).</summary>
    public DateTime? CreatedToUtc { get; init; }

    /// <summary><see cref="OpenBackordersQuery.StillOpen"/>, <see cref="OpenBackordersQuery.AnyStatus"/> or one <see cref="BackorderLineStatus"/>.</summary>
    public int StatusId { get; init; } = OpenBackordersQuery.StillOpen;

    public int WarehouseId { get; init; }

    /// <summary>Set from the signed-in vendor, never from the request: only lines of that vendor's products.</summary>
    public int VendorId { get; init; }

    /// <summary>Lines of one order (the order pages).</summary>
    public int OrderId { get; init; }
}
