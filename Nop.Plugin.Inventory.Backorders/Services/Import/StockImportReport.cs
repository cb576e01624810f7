using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Nop.Plugin.Inventory.Backorders.Models;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>Reads back a job's stored report (<see cref="ImportReportWriter"/>'s CSV) for its result page.</summary>
public static class StockImportReport
{
    public static IEnumerable<StockImportIssueModel> Read(string report)
    {
        if (string.IsNullOrEmpty(report))
            yield break;

        using var reader = new StringReader(report);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", BadDataFound = null });
        var header = true;
        while (parser.Read())
        {
            if (header)
            {
                header = false;
                continue;
            }

            var cells = parser.Record;
            if (cells is null || cells.Length < 5)
                continue;
            int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var line);
            // The report neutralises formulas with a leading apostrophe; the page shows the value as it was (escaped by Razor).
            yield return new StockImportIssueModel(line, SafeCsv.Restore(cells[1]), SafeCsv.Restore(cells[2]), cells[3] == "error", SafeCsv.Restore(cells[4]));
        }
    }
}
