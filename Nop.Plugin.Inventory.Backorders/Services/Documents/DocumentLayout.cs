namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>Which layout prints an invoice or packaging slip, and the column choice as the settings store it.</summary>
public static class DocumentLayout
{
    /// <summary>
    /// The plugin's layout to print with, or null for nopCommerce's: it prints when the plugin is installed, the merchant
    /// chose at least one column and a layout is registered. A vendor's invoice keeps nopCommerce's layout, which limits
    /// the lines to the vendor's products and leaves out the totals.
    /// </summary>
    public static async Task<IBackorderPdfService> PluginLayoutAsync(IBackordersInstalled installed, string columns,
        IBackorderPdfService layout, bool forVendor = false) =>
        layout is not null && !forVendor && Parse(columns).Count > 0 && await installed.IsInstalledAsync() ? layout : null;

    /// <summary>
    /// The stored comma-separated <see cref="DocumentColumn"/> names in print order; unknown names and repeats are left out
    /// (a stored value is never trusted to be what the configure page wrote).
    /// </summary>
    public static IReadOnlyList<DocumentColumn> Parse(string columns)
    {
        if (string.IsNullOrWhiteSpace(columns))
            return [];

        var parsed = new List<DocumentColumn>();
        foreach (var name in columns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (TryName(name, out DocumentColumn column) && !parsed.Contains(column))
                parsed.Add(column);
        return parsed;
    }

    /// <summary>The stored form of a column choice.</summary>
    public static string Format(IEnumerable<DocumentColumn> columns) => string.Join(",", (columns ?? []).Distinct());

    /// <summary>A column (or another setting's value) by its exact name (case-insensitive); numbers and undefined values are not names.</summary>
    public static bool TryName<TEnum>(string name, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(name) && !char.IsDigit(name.Trim()[0]) && name.Trim()[0] != '-'
            && Enum.TryParse(name.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
