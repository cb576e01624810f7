using Nop.Plugin.Inventory.Backorders.Services.Repair;

namespace Nop.Plugin.Inventory.Backorders.Domain.Events;

/// <summary>
/// Published once per batch the stock doctor fixed (set-based statements, which raise no entity events): the reason, the
/// products changed and, for the combination reasons, the attribute combinations changed. nopCommerce's caches for them are
/// already cleared and a stock-history note is written per product (or combination) when it is published.
/// </summary>
public record StockDoctorFixedEvent(StockDoctorReason Reason, IReadOnlyList<int> ProductIds, IReadOnlyList<int> CombinationIds);
