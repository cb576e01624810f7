namespace Nop.Plugin.Inventory.Backorders.Data;

/// <summary>An attribute combination a set-based statement changed (what <see cref="BackorderStatements.SyncCombinations"/> yields).</summary>
public class ChangedCombination
{
    public int Id { get; set; }

    public int ProductId { get; set; }
}
