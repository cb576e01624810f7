using Nop.Core;

namespace Nop.Plugin.Inventory.Backorders.Domain;

/// <summary>
/// Marks an attribute combination whose "allow out of stock orders" the merchant set on the combination itself.
/// Combinations without a record follow their product's effective policy.
/// </summary>
public class CombinationBackorderSetting : BaseEntity
{
    public int CombinationId { get; set; }
    public int ProductId { get; set; }
}
