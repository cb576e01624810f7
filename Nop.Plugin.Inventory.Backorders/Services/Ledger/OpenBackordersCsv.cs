using System.Globalization;
using CsvHelper;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// Writes the filtered open-backorders list as CSV (CsvHelper, invariant culture, RFC 4180 quoting): a header row, then
/// one row per line as it streams from the database. Every text cell goes through <see cref="CsvSafe"/>.
/// </summary>
public static class OpenBackordersCsv
{
    /// <summary>A cell: text (made formula-safe) or a number (written as is).</summary>
    public readonly record struct Cell(string Text, long? Number)
    {
        public static implicit operator Cell(string text) => new(text, null);
        public static implicit operator Cell(int number) => new(null, number);
    }

    public static async Task<int> WriteAsync(TextWriter writer, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<Cell>> rows)
    {
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in headers)
            csv.WriteField(CsvSafe.Text(header));
        await csv.NextRecordAsync();

        var count = 0;
        await foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                if (cell.Number is { } number)
                    csv.WriteField(number.ToString(CultureInfo.InvariantCulture));
                else
                    csv.WriteField(CsvSafe.Text(cell.Text));
            }

            await csv.NextRecordAsync();
            count++;
        }

        await csv.FlushAsync();
        return count;
    }
}
