namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// How much stock goes to waiting lines, from the state alone (no "stock before" needed, so every path that raises
/// stock, and two instances that see the same restock, reach the same answer): units still waiting beyond what the
/// stock's shortfall explains are filled, oldest order first. A restock from −54 to +6 fills all 54 waiting units;
/// one from −54 to −44 fills the 10 oldest. The database statements (<see cref="LedgerStatements"/>) compute the same.
/// </summary>
public static class BackorderFill
{
    /// <summary>Units to fill: what waits minus the shortfall (stock below zero); never negative.</summary>
    public static int Fillable(int totalOpen, int available) => Math.Max(0, totalOpen - Math.Max(0, -available));

    /// <summary>
    /// <paramref name="units"/> handed to <paramref name="lines"/> (already oldest order first): each takes what it
    /// waits for until the units run out. Returns the lines that get something, with how much.
    /// </summary>
    public static IReadOnlyList<(T Line, int Units)> Allocate<T>(int units, IEnumerable<T> lines, Func<T, int> open)
    {
        var result = new List<(T, int)>();
        foreach (var line in lines)
        {
            if (units <= 0)
                break;
            var take = Math.Min(units, Math.Max(0, open(line)));
            if (take == 0)
                continue;
            result.Add((line, take));
            units -= take;
        }

        return result;
    }

    /// <summary>
    /// Units of an edited-up or newly added line that stock could not cover: the shortfall not yet explained by waiting
    /// lines, at most the added quantity. Read after nopCommerce took the stock.
    /// </summary>
    public static int NewlyBackordered(int addedUnits, int totalOpen, int available) =>
        Math.Clamp(Math.Max(0, -available) - totalOpen, 0, Math.Max(0, addedUnits));
}
