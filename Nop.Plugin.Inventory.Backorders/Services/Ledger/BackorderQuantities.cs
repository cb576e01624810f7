namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>Figures the lists derive from a ledger line.</summary>
public static class BackorderQuantities
{
    /// <summary>Still waiting for stock: backordered − filled − cancelled, never below zero.</summary>
    public static int Open(int backordered, int filled, int cancelled) => Math.Max(0, backordered - filled - cancelled);

    /// <summary>Whole days since the order was placed (0 on the day itself, never negative).</summary>
    public static int DaysWaiting(DateTime createdOnUtc, DateTime nowUtc) =>
        createdOnUtc >= nowUtc ? 0 : (int)Math.Floor((nowUtc - createdOnUtc).TotalDays);
}
