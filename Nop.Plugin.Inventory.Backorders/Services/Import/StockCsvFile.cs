using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>One record of the file: the line it starts on, its cells, and what made it unreadable (null when readable).</summary>
public sealed record CsvRecord(int Line, string[] Cells, ImportIssue Problem);

/// <summary>How the file is written: found from its first bytes and its header line, never asked of the merchant.</summary>
public sealed record CsvFormat(Encoding Encoding, char Delimiter);

/// <summary>
/// Reads a stock file record by record (streamed: one record in memory at a time) with CsvHelper's parser. Detects the
/// encoding (byte-order mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 as spreadsheets on Windows
/// save), the delimiter (comma, semicolon or tab, from the header line) and files that are not text at all.
/// </summary>
public static class StockCsvFile
{
    private const int SniffBytes = 64 * 1024;

    static StockCsvFile()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The file's format, or null when it is not a text file (binary bytes, a spreadsheet or PDF saved as is).</summary>
    public static CsvFormat Detect(ReadOnlySpan<byte> head)
    {
        if (LooksBinary(head))
            return null;

        var encoding = DetectEncoding(head, out var bom);
        var text = encoding.GetString(head[bom..]);
        var firstLine = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim().Length > 0) ?? string.Empty;
        return new CsvFormat(encoding, DetectDelimiter(firstLine));
    }

    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        // UTF-16 files carry a byte-order mark; without one, NUL bytes mean binary (XLSX is a ZIP, PDF has binary streams).
        if (head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF }))
            return false;
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("%PDF"u8))
            return true;

        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
                return true;
            if (b < 0x20 && b is not (byte)'\r' and not (byte)'\n' and not (byte)'\t' and not 0x0C)
                controls++;
        }

        return head.Length > 0 && controls * 20 > head.Length;
    }

    public static Encoding DetectEncoding(ReadOnlySpan<byte> head, out int bomLength)
    {
        if (head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            bomLength = 3;
            return new UTF8Encoding(false);
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            bomLength = 2;
            return Encoding.Unicode;
        }

        if (head.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }

        bomLength = 0;
        // A multi-byte character may be cut at the end of the sample: leave up to 3 trailing bytes out of the check.
        var sample = head.Length >= SniffBytes ? head[..^3] : head;
        try
        {
            new UTF8Encoding(false, true).GetCharCount(sample);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252;
        }
    }

    /// <summary>The one of comma, semicolon and tab that occurs most often outside quotes in the header line (comma on a tie).</summary>
    public static char DetectDelimiter(string headerLine)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && counts.ContainsKey(c))
                counts[c]++;
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key == ',' ? 0 : 1).First().Key;
    }

    /// <summary>Reads the first bytes (for <see cref="Detect"/>) and rewinds a seekable stream.</summary>
    public static byte[] ReadHead(Stream stream)
    {
        var buffer = new byte[SniffBytes];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
            read += n;
        stream.Seek(0, SeekOrigin.Begin);
        return buffer[..read];
    }

    /// <summary>Every non-blank record in order, streamed. The first is the header.</summary>
    public static IEnumerable<CsvRecord> Records(Stream stream, CsvFormat format)
    {
        var badQuote = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = format.Delimiter.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            BadDataFound = _ => badQuote = true,
            TrimOptions = TrimOptions.None
        };

        using var reader = new StreamReader(stream, format.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        using var parser = new CsvParser(reader, configuration);
        var lastEnd = 0;
        while (true)
        {
            badQuote = false;
            bool read;
            try
            {
                read = parser.Read();
            }
            catch (CsvHelperException)
            {
                read = false;
                badQuote = true;
            }

            if (!read)
            {
                if (badQuote)
                    yield return new CsvRecord(lastEnd + 1, [], ImportIssue.Error(lastEnd + 1, string.Empty, string.Empty, ImportMessages.UnbalancedQuotes));
                yield break;
            }

            var raw = parser.RawRecord ?? string.Empty;
            var end = parser.RawRow;
            var innerBreaks = raw.TrimEnd('\r', '\n').Count(c => c == '\n');
            var unbalanced = raw.Count(c => c == '"') % 2 != 0;
            // An unclosed quote runs to the end of the file, and the parser counts the file's last line break too.
            var line = unbalanced && innerBreaks > 0 ? end - raw.Count(c => c == '\n') : end - innerBreaks;
            lastEnd = end;
            var cells = parser.Record ?? [];

            // A record whose quotes do not pair up swallowed the lines after an opening quote (or has a stray one).
            if (badQuote || unbalanced)
            {
                var preview = raw.Length > 80 ? raw[..80] : raw;
                yield return new CsvRecord(line, cells, ImportIssue.Error(line, string.Empty, preview.TrimEnd('\r', '\n'), ImportMessages.UnbalancedQuotes));
                continue;
            }

            yield return new CsvRecord(line, cells, null);
        }
    }
}
