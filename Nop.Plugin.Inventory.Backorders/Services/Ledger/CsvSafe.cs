namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// Text written to a CSV file a spreadsheet will open: a value that starts like a formula (= + - @, tab, carriage
/// return, line feed, or their full-width forms) gets a leading apostrophe, so the spreadsheet shows it as text
/// instead of running it (product names and SKUs come from the catalog, order numbers from a format the merchant sets).
/// </summary>
public static class CsvSafe
{
    private const string FormulaStarts = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    public static string Text(string value) =>
        string.IsNullOrEmpty(value) || FormulaStarts.IndexOf(value[0]) < 0 ? value ?? string.Empty : "'" + value;
}
