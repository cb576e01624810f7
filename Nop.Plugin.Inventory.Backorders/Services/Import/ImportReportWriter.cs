namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>
/// Writes the error report (and the export) as CSV that a spreadsheet opens as text: a cell starting with =, +, -, @,
/// tab or carriage return is prefixed with an apostrophe (OWASP's CSV-injection advice), so a value from the
/// imported file can never run as a formula on the merchant's machine. Every cell is quoted when it needs to be.
/// </summary>
public static class SafeCsv
{
    private static bool StartsFormula(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Cell(string value, bool neutralise = true)
    {
        value ??= string.Empty;
        if (neutralise && value.Length > 0 && StartsFormula(value[0]))
            value = "'" + value;

        return value.IndexOfAny([',', '"', '\r', '\n', ';', '\t']) >= 0
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }

    /// <summary>A cell as it was before <see cref="Cell"/> neutralised it (the apostrophe before a formula character removed).</summary>
    public static string Restore(string cell) => cell.Length > 1 && cell[0] == '\'' && StartsFormula(cell[1]) ? cell[1..] : cell;

    public static string Line(IEnumerable<string> cells, bool neutralise = true) => string.Join(",", cells.Select(c => Cell(c, neutralise)));
}

public static class ImportReportWriter
{
    /// <summary>The report: line, column, value, severity, message (already localised), one issue a line.</summary>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<(ImportIssue Issue, string Message)> issues, string[] headers)
    {
        await writer.WriteLineAsync(SafeCsv.Line(headers));
        foreach (var (issue, message) in issues)
        {
            await writer.WriteLineAsync(SafeCsv.Line([
                issue.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), issue.Column, issue.Value,
                issue.IsError ? "error" : "warning", message
            ]));
        }
    }
}
