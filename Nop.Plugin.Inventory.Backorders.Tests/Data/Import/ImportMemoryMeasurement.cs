using System.Diagnostics;
using System.Text;
using Nop.Plugin.Inventory.Backorders.Services.Import;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>
/// Not part of the suite (explicit): streams a generated 500 MB Magento-2-shaped export (wide rows, ~1 KB each) through a
/// validate-only import on SQLite and reports the process's peak working set and the managed heap after the run.
/// <c>./build/test.sh --filter Name~Peak_memory_on_a_500_MB_file</c> (sets BACKORDERS_MEASURE_MEMORY=1 itself: see the test).
/// </summary>
[Explicit("measurement: generates a 500 MB file")]
public class ImportMemoryMeasurement() : DatabaseTest(DatabaseProvider.Sqlite)
{
    [Test]
    public async Task Peak_memory_on_a_500_MB_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "backorders-stock-500mb.csv");
        var filler = new string('x', 900);
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            await writer.WriteLineAsync("sku,store_view_code,name,description,qty,allow_backorders,use_config_backorders,is_in_stock");
            for (var i = 0; new FileInfo(path).Length < 500L * 1024 * 1024 || i % 10_000 != 0; i++)
            {
                await writer.WriteLineAsync($"SKU-{i:D8},,Product {i},\"{filler}\",{i % 100},{i % 3},0,1");
                if (i % 10_000 == 0)
                    await writer.FlushAsync();
            }
        }

        var size = new FileInfo(path).Length;
        var harness = new ImportHarness(Database);
        GC.Collect();
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var clock = Stopwatch.StartNew();
        ImportResult result;
        await using (var stream = File.OpenRead(path))
            result = await harness.ImportService().ImportAsync(stream, ImportMode.ValidateOnly);
        clock.Stop();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var line = $"file {size / 1024 / 1024} MB, {result.RowsRead} rows, {clock.Elapsed.TotalSeconds:F1} s ({result.RowsRead / clock.Elapsed.TotalSeconds:F0} rows/s), " +
            $"peak working set before {before / 1024 / 1024} MB, after {process.PeakWorkingSet64 / 1024 / 1024} MB, managed heap {GC.GetTotalMemory(true) / 1024 / 1024} MB, findings kept {result.Issues.Count} of {result.IssueCount}";
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "backorders-memory.txt"), line);
        TestContext.Out.WriteLine(line);
        File.Delete(path);
        result.RowsRead.Should().BeGreaterThan(500_000);
    }
}
