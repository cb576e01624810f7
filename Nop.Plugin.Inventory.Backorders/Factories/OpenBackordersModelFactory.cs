using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Shipping;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Inventory.Backorders.Factories;

public class OpenBackordersModelFactory : IOpenBackordersModelFactory
{
    private const string R = BackordersDefaults.ResourcePrefix + "OpenBackorders.";

    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly ILocalizationService _localizationService;
    private readonly IOpenBackordersService _openBackordersService;
    private readonly IWarehouseService _warehouseService;
    private readonly IWorkContext _workContext;

    public OpenBackordersModelFactory(IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService,
        IOpenBackordersService openBackordersService,
        IWarehouseService warehouseService,
        IWorkContext workContext)
    {
        _dateTimeHelper = dateTimeHelper;
        _localizationService = localizationService;
        _openBackordersService = openBackordersService;
        _warehouseService = warehouseService;
        _workContext = workContext;
    }

    public async Task<OpenBackordersSearchModel> PrepareSearchModelAsync(OpenBackordersSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.AvailableStatuses = new List<SelectListItem>
        {
            new(await _localizationService.GetResourceAsync(R + "Status.StillOpen"), OpenBackordersQuery.StillOpen.ToString()),
            new(await _localizationService.GetResourceAsync("Admin.Common.All"), OpenBackordersQuery.AnyStatus.ToString())
        };
        foreach (var status in Enum.GetValues<BackorderLineStatus>())
            searchModel.AvailableStatuses.Add(new SelectListItem(await StatusNameAsync(status), ((int)status).ToString()));
        foreach (var item in searchModel.AvailableStatuses)
            item.Selected = item.Value == searchModel.SearchStatusId.ToString();

        var warehouses = await _warehouseService.GetAllWarehousesAsync();
        searchModel.ShowWarehouses = warehouses.Count > 0;
        searchModel.AvailableWarehouses = new List<SelectListItem> { new(await _localizationService.GetResourceAsync("Admin.Common.All"), "0") };
        foreach (var warehouse in warehouses)
            searchModel.AvailableWarehouses.Add(new SelectListItem(warehouse.Name, warehouse.Id.ToString()));

        searchModel.IsLoggedInAsVendor = await _workContext.GetCurrentVendorAsync() is not null;
        searchModel.SetGridPageSize();
        searchModel.TotalsPageSize = searchModel.PageSize;

        return searchModel;
    }

    public async Task<OpenBackordersFilter> PrepareFilterAsync(OpenBackordersSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var timeZone = searchModel.CreatedOnFrom.HasValue || searchModel.CreatedOnTo.HasValue
            ? await _dateTimeHelper.GetCurrentTimeZoneAsync()
            : null;

        return new OpenBackordersFilter
        {
            ProductName = searchModel.SearchProductName,
            Sku = searchModel.SearchSku,
            OrderNumber = searchModel.SearchOrderNumber,
            CreatedFromUtc = searchModel.CreatedOnFrom is { } from ? _dateTimeHelper.ConvertToUtcTime(from.Date, timeZone) : null,
            // The "to" day is included: lines placed before the next day begins.
            CreatedToUtc = searchModel.CreatedOnTo is { } to ? _dateTimeHelper.ConvertToUtcTime(to.Date.AddDays(1), timeZone) : null,
            StatusId = searchModel.SearchStatusId,
            WarehouseId = Math.Max(0, searchModel.SearchWarehouseId),
            VendorId = (await _workContext.GetCurrentVendorAsync())?.Id ?? 0
        };
    }

    public async Task<OpenBackordersListModel> PrepareListModelAsync(OpenBackordersSearchModel searchModel)
    {
        var filter = await PrepareFilterAsync(searchModel);
        var page = await _openBackordersService.SearchAsync(filter, searchModel.Page - 1, searchModel.PageSize);
        var lines = await PrepareLinesAsync(page);

        return new OpenBackordersListModel().PrepareToGrid(searchModel, page, () => lines);
    }

    public async Task<ProductBackorderTotalListModel> PrepareTotalsListModelAsync(OpenBackordersSearchModel searchModel)
    {
        var filter = await PrepareFilterAsync(searchModel);
        var page = await _openBackordersService.TotalsByProductAsync(filter, searchModel.Page - 1, searchModel.PageSize);

        return new ProductBackorderTotalListModel().PrepareToGrid(searchModel, page, () => page.Select(t => new ProductBackorderTotalModel
        {
            ProductId = t.ProductId,
            ProductName = t.ProductName,
            Lines = t.Lines,
            QuantityOrdered = t.QuantityOrdered,
            QuantityBackordered = t.QuantityBackordered,
            QuantityFilled = t.QuantityFilled,
            QuantityOpen = t.QuantityOpen
        }));
    }

    public async Task<int> WriteCsvAsync(OpenBackordersSearchModel searchModel, TextWriter writer)
    {
        var filter = await PrepareFilterAsync(searchModel);
        var headers = new List<string>();
        foreach (var column in CsvColumns)
            headers.Add(await _localizationService.GetResourceAsync(R + "Fields." + column));

        return await OpenBackordersCsv.WriteAsync(writer, headers, CsvRowsAsync(filter));
    }

    /// <summary>The CSV's columns, in order (their headers are the grid's field names).</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    [
        "OrderNumber", "ProductName", "Sku", "Warehouse", "Status", "QuantityOrdered", "QuantityBackordered",
        "QuantityFilled", "QuantityOpen", "CreatedOn", "ExpectedRestockDate", "DaysWaiting"
    ];

    private async IAsyncEnumerable<IReadOnlyList<OpenBackordersCsv.Cell>> CsvRowsAsync(OpenBackordersFilter filter)
    {
        var warehouseNames = await WarehouseNamesAsync();
        var statusNames = await StatusNamesAsync();
        var nowUtc = DateTime.UtcNow;

        await foreach (var row in _openBackordersService.ReadAllAsync(filter))
        {
            var line = await ToModelAsync(row, warehouseNames, statusNames, nowUtc);
            yield return
            [
                line.CustomOrderNumber, line.ProductName, line.Sku, line.WarehouseName, line.StatusName,
                line.QuantityOrdered, line.QuantityBackordered, line.QuantityFilled, line.QuantityOpen,
                line.CreatedOn.ToString("yyyy-MM-dd HH:mm"), line.ExpectedRestockDate?.ToString("yyyy-MM-dd") ?? string.Empty,
                line.DaysWaiting
            ];
        }
    }

    public async Task<OrderBackordersModel> PrepareOrderBackordersModelAsync(int orderId)
    {
        // A vendor sees only the lines of its own products, as on nopCommerce's order page.
        var vendorId = (await _workContext.GetCurrentVendorAsync())?.Id ?? 0;
        var rows = await _openBackordersService.GetOrderLinesAsync(orderId, vendorId);

        return new OrderBackordersModel { OrderId = orderId, Lines = await PrepareLinesAsync(rows) };
    }

    public async Task<CustomerOrderLineBackorderModel> PrepareCustomerOrderLineModelAsync(int orderItemId)
    {
        var row = await _openBackordersService.GetOrderItemLineAsync(orderItemId);
        if (row is null)
            return null;

        var customer = await _workContext.GetCurrentCustomerAsync();
        if (CustomerBackorderNote.OnBackorder(row, customer?.Id ?? 0) is not { } onBackorder)
            return null;

        var format = await _localizationService.GetResourceAsync(R + "Customer.OnBackorder");
        return new CustomerOrderLineBackorderModel { Text = string.Format(format, onBackorder, row.QuantityOrdered) };
    }

    private async Task<IList<OpenBackorderModel>> PrepareLinesAsync(IEnumerable<OpenBackorderRow> rows)
    {
        var warehouseNames = await WarehouseNamesAsync();
        var statusNames = await StatusNamesAsync();
        var nowUtc = DateTime.UtcNow;

        var lines = new List<OpenBackorderModel>();
        foreach (var row in rows)
            lines.Add(await ToModelAsync(row, warehouseNames, statusNames, nowUtc));

        return lines;
    }

    private async Task<OpenBackorderModel> ToModelAsync(OpenBackorderRow row, IReadOnlyDictionary<int, string> warehouseNames,
        IReadOnlyDictionary<BackorderLineStatus, string> statusNames, DateTime nowUtc)
    {
        return new OpenBackorderModel
        {
            Id = row.Id,
            OrderId = row.OrderId,
            CustomOrderNumber = string.IsNullOrEmpty(row.CustomOrderNumber) ? row.OrderId.ToString() : row.CustomOrderNumber,
            ProductId = row.ProductId,
            ProductName = row.ProductName,
            Sku = row.Sku,
            WarehouseName = row.WarehouseId is { } warehouseId ? warehouseNames.GetValueOrDefault(warehouseId) : null,
            QuantityOrdered = row.QuantityOrdered,
            QuantityBackordered = row.QuantityBackordered,
            QuantityFilled = row.QuantityFilled,
            QuantityCancelled = row.QuantityCancelled,
            QuantityOpen = row.QuantityOpen,
            StatusName = statusNames.GetValueOrDefault(row.Status) ?? row.Status.ToString(),
            CreatedOn = await _dateTimeHelper.ConvertToUserTimeAsync(row.CreatedOnUtc, DateTimeKind.Utc),
            // A date the merchant picked, stored as the start of that day in UTC: shown as that day.
            ExpectedRestockDate = row.ExpectedRestockDateUtc?.Date,
            DaysWaiting = BackorderQuantities.DaysWaiting(row.CreatedOnUtc, nowUtc)
        };
    }

    private async Task<IReadOnlyDictionary<int, string>> WarehouseNamesAsync() =>
        (await _warehouseService.GetAllWarehousesAsync()).ToDictionary(w => w.Id, w => w.Name);

    private async Task<IReadOnlyDictionary<BackorderLineStatus, string>> StatusNamesAsync()
    {
        var names = new Dictionary<BackorderLineStatus, string>();
        foreach (var status in Enum.GetValues<BackorderLineStatus>())
            names[status] = await StatusNameAsync(status);
        return names;
    }

    private Task<string> StatusNameAsync(BackorderLineStatus status) =>
        _localizationService.GetResourceAsync(R + "Status." + status);
}
