using BenchmarkDotNet.Running;

namespace Backorders.Benchmarks;

public static class Program
{
    /// <summary>Non-zero when a benchmark could not be built or run (BenchmarkDotNet itself would still exit 0).</summary>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length < s.BenchmarksCases.Length);
        return failed ? 1 : 0;
    }
}
