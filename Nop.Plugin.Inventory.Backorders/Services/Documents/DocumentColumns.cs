namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>Reads the chosen columns of <see cref="BackorderSettings.InvoiceColumns"/> / <see cref="BackorderSettings.PackagingSlipColumns"/>.</summary>
public static class DocumentColumns
{
    /// <summary>
    /// The columns in print order: comma-separated <see cref="DocumentColumn"/> names (case-insensitive; unknown names and
    /// repeats are skipped, so a setting written by a later version still prints). Empty: none chosen.
    /// </summary>
    public static IReadOnlyList<DocumentColumn> Parse(string setting)
    {
        var columns = new List<DocumentColumn>();
        foreach (var part in (setting ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<DocumentColumn>(part, true, out var column) && Enum.IsDefined(column)
                && !int.TryParse(part, out _) && !columns.Contains(column))
                columns.Add(column);
        }

        return columns;
    }

    public static string Format(IEnumerable<DocumentColumn> columns) => string.Join(",", columns);
}
