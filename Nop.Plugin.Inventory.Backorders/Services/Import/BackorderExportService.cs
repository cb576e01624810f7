using System.Globalization;
using System.Text;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>
/// Writes every product (and attribute combination) with a SKU with the import's nopCommerce column names and current
/// values, so that importing the file unedited changes nothing. Reads in Id-ordered pages: the catalog is never in memory.
/// </summary>
public class BackorderExportService : IBackorderExportService
{
    public const int PageSize = 1_000;

    /// <summary>The export's columns, in order (names the import reads).</summary>
    public static readonly string[] Columns =
    [
        "sku", "StockQuantity", "MinStockQuantity", "ManageInventoryMethod", "UseDefaultBackorders", "BackorderMode", "BackorderLimit",
        "ExpectedRestockDate", "AllowBackInStockSubscriptions"
    ];

    private readonly IRepository<ProductAttributeCombination> _combinationRepository;
    private readonly IRepository<CombinationBackorderSetting> _combinationSettingRepository;
    private readonly IRepository<Product> _productRepository;
    private readonly IRepository<ProductBackorderSetting> _settingRepository;

    public BackorderExportService(IRepository<ProductAttributeCombination> combinationRepository,
        IRepository<CombinationBackorderSetting> combinationSettingRepository,
        IRepository<Product> productRepository,
        IRepository<ProductBackorderSetting> settingRepository)
    {
        _combinationRepository = combinationRepository;
        _combinationSettingRepository = combinationSettingRepository;
        _productRepository = productRepository;
        _settingRepository = settingRepository;
    }

    /// <summary>Today (UTC): a restock date that has passed is left out (the import refuses it, as the product form does).</summary>
    public Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;

    public async Task ExportAsync(Stream output, IReadOnlyCollection<int> productIds = null, int vendorId = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var today = UtcNow().Date;
        var wanted = productIds?.ToHashSet();
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(",", Columns));

        var lastId = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var from = lastId;
            var page = await _productRepository.Table
                .Where(p => p.Id > from && !p.Deleted && (vendorId == 0 || p.VendorId == vendorId))
                .OrderBy(p => p.Id)
                .Take(PageSize)
                .Select(p => new
                {
                    p.Id, p.Sku, p.StockQuantity, p.MinStockQuantity, p.ManageInventoryMethodId, p.BackorderModeId, p.AllowBackInStockSubscriptions
                })
                .ToListAsync();
            if (page.Count == 0)
                break;
            lastId = page[^1].Id;

            var products = page.Where(p => wanted is null || wanted.Contains(p.Id)).ToList();
            var ids = products.Select(p => p.Id).ToList();
            if (ids.Count == 0)
                continue;

            var settings = (await _settingRepository.Table.Where(s => ids.Contains(s.ProductId)).ToListAsync()).ToDictionary(s => s.ProductId);
            var combinations = await _combinationRepository.Table
                .Where(c => ids.Contains(c.ProductId) && c.Sku != null && c.Sku != "")
                .OrderBy(c => c.ProductId).ThenBy(c => c.Id)
                .Select(c => new { c.Id, c.ProductId, c.Sku, c.StockQuantity, c.AllowOutOfStockOrders })
                .ToListAsync();
            var combinationIds = combinations.Select(c => c.Id).ToList();
            var own = combinationIds.Count == 0
                ? []
                : (await _combinationSettingRepository.Table.Where(s => combinationIds.Contains(s.CombinationId)).Select(s => s.CombinationId).ToListAsync()).ToHashSet();

            foreach (var product in products)
            {
                if (!string.IsNullOrWhiteSpace(product.Sku))
                {
                    settings.TryGetValue(product.Id, out var setting);
                    var date = setting?.ExpectedRestockDateUtc is { } d && d.Date >= today ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
                    await writer.WriteLineAsync(Line(product.Sku, Number(product.StockQuantity), Number(product.MinStockQuantity),
                        Number(product.ManageInventoryMethodId), setting is { UsesDefaultPolicy: false } ? "0" : "1", Number(product.BackorderModeId),
                        setting?.BackorderLimit is { } limit ? Number(limit) : string.Empty, date, product.AllowBackInStockSubscriptions ? "1" : "0"));
                }

                foreach (var combination in combinations.Where(c => c.ProductId == product.Id))
                {
                    // A combination follows its product, or keeps its own "allow out of stock orders" (written as 1 or 0).
                    var owns = own.Contains(combination.Id);
                    await writer.WriteLineAsync(Line(combination.Sku, Number(combination.StockQuantity), string.Empty, string.Empty,
                        owns ? "0" : "1", owns ? (combination.AllowOutOfStockOrders ? "1" : "0") : string.Empty, string.Empty, string.Empty, string.Empty));
                }
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The SKU is the only text: neutralised against formulas; numbers are written as they are.</summary>
    private static string Line(string sku, params string[] values) =>
        SafeCsv.Cell(sku) + "," + string.Join(",", values.Select(v => SafeCsv.Cell(v, neutralise: false)));
}
