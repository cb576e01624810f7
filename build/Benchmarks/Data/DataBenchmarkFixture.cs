using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Nop.Core.Domain.Catalog;

namespace Backorders.Benchmarks.Data;

/// <summary>
/// The job of the long data benchmarks (default switch, stock doctor, ledger fill): in process, one invocation per
/// iteration (each does the whole job once; an iteration setup puts the data back), no unrolling. Run them without
/// <c>--job</c> (a job on the command line is added to this one, not put in its place).
/// </summary>
public abstract class MonitoringConfig : ManualConfig
{
    protected MonitoringConfig(int warmupCount, int iterationCount) => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(warmupCount)
        .WithIterationCount(iterationCount)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("Monitoring"));
}

/// <summary>Products as the data benchmarks create them: nopCommerce's required columns filled, stock managed, published.</summary>
public static class BenchmarkCatalog
{
    /// <summary>
    /// Products 1..<paramref name="count"/> (bulk insert): name "Product i", SKU "SKU-i", VendorId i (a tag the benchmarks
    /// select on), stock i % 50; <paramref name="shape"/> sets the rest per product.
    /// </summary>
    public static void InsertProducts(BenchmarkDatabase db, int count, DateTime created, Action<int, Product> shape)
    {
        db.BulkInsert(Enumerable.Range(1, count).Select(i =>
        {
            var product = NewProduct(created);
            product.Name = $"Product {i}";
            product.Sku = $"SKU-{i}";
            product.VendorId = i;
            product.StockQuantity = i % 50;
            shape(i, product);
            return product;
        }));
    }

    public static Product NewProduct(DateTime created) => new()
    {
        ProductTypeId = (int)ProductType.SimpleProduct, VisibleIndividually = true, ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStock,
        BackorderModeId = (int)BackorderMode.AllowQtyBelow0, MinStockQuantity = 0, OrderMinimumQuantity = 1, OrderMaximumQuantity = 10000,
        Published = true, CreatedOnUtc = created, UpdatedOnUtc = created
    };
}
