using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Services.Catalog;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Inventory.Backorders.Controllers;

/// <summary>
/// The buttons on nopCommerce's order list and order page: the pick list (PDF, CSV) and "Ship what is in stock".
/// Guarded as nopCommerce's own: the pick list like its PDF invoices (orders view), shipping like its AddShipment
/// (shipments create/edit); a vendor reaches only orders with its products (as nopCommerce's HasAccessToOrder), and its
/// pick list holds only its products' lines.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class OrderDocumentsController : BasePluginController
{
    private readonly ICustomerActivityService _customerActivityService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IBackordersInstalled _installed;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IOrderService _orderService;
    private readonly IBackorderPdfService _pdfService;
    private readonly IPickListService _pickListService;
    private readonly IProductService _productService;
    private readonly IRepository<Product> _products;
    private readonly IShipInStockService _shipInStockService;
    private readonly IWorkContext _workContext;

    public OrderDocumentsController(ICustomerActivityService customerActivityService,
        IDateTimeHelper dateTimeHelper,
        IBackordersInstalled installed,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IOrderService orderService,
        IBackorderPdfService pdfService,
        IPickListService pickListService,
        IProductService productService,
        IRepository<Product> products,
        IShipInStockService shipInStockService,
        IWorkContext workContext)
    {
        _customerActivityService = customerActivityService;
        _dateTimeHelper = dateTimeHelper;
        _installed = installed;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _orderService = orderService;
        _pdfService = pdfService;
        _pickListService = pickListService;
        _productService = productService;
        _products = products;
        _shipInStockService = shipInStockService;
        _workContext = workContext;
    }

    private Task<string> TextAsync(string key) => _localizationService.GetResourceAsync(BackordersDefaults.ResourcePrefix + key);

    private IActionResult ToOrderList() => RedirectToAction("List", "Order", new { area = AreaNames.ADMIN });

    private IActionResult ToOrder(int orderId) => RedirectToAction("Edit", "Order", new { id = orderId, area = AreaNames.ADMIN });

    /// <summary>The order, when it exists and the signed-in vendor (if any) has a product on it; else null.</summary>
    private async Task<Order> AccessibleOrderAsync(int orderId)
    {
        var order = orderId > 0 ? await _orderService.GetOrderByIdAsync(orderId) : null;
        if (order is null || order.Deleted)
            return null;
        var vendor = await _workContext.GetCurrentVendorAsync();
        if (vendor is not null && (await _orderService.GetOrderItemsAsync(order.Id, vendorId: vendor.Id)).Count == 0)
            return null;
        return order;
    }

    #region Pick list

    /// <summary>The order page's "Pick list (PDF/CSV)" (a link, as nopCommerce's own "Invoice (PDF)").</summary>
    [CheckPermission(StandardPermission.Orders.ORDERS_VIEW)]
    public async Task<IActionResult> PickList(int orderId, PickListFormat format = PickListFormat.Pdf)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();
        var order = await AccessibleOrderAsync(orderId);
        if (order is null)
        {
            _notificationService.ErrorNotification(await TextAsync("PickList.NoOrders"));
            return ToOrderList();
        }

        return await PickListFileAsync([order.Id], format, order.CustomOrderNumber);
    }

    /// <summary>The order list's "Pick list (PDF/CSV)": the ticked orders, or every order of the posted search when none is.</summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_VIEW)]
    public async Task<IActionResult> PickListForOrders(OrderPickListFilterModel model, PickListFormat format = PickListFormat.Pdf)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();

        var orderIds = await OrderIdsAsync(model ?? new OrderPickListFilterModel());
        if (orderIds.Count == 0)
        {
            _notificationService.ErrorNotification(await TextAsync("PickList.NoOrders"));
            return ToOrderList();
        }

        return await PickListFileAsync(orderIds, format, null);
    }

    /// <summary>The ticked orders the signed-in account may see, or the orders of the search (vendor-restricted as nopCommerce's PdfInvoiceAll).</summary>
    private async Task<IReadOnlyList<int>> OrderIdsAsync(OrderPickListFilterModel model)
    {
        var vendor = await _workContext.GetCurrentVendorAsync();
        var selected = OrderIdList.Parse(model.SelectedIds);
        if (selected.Count > 0)
        {
            var orders = (await _orderService.GetOrdersByIdsAsync(selected.ToArray())).Where(o => !o.Deleted).ToList();
            if (vendor is null)
                return orders.Select(o => o.Id).ToList();

            var accessible = new List<int>();
            foreach (var order in orders)
            {
                if ((await _orderService.GetOrderItemsAsync(order.Id, vendorId: vendor.Id)).Count > 0)
                    accessible.Add(order.Id);
            }

            return accessible;
        }

        var timeZone = await _dateTimeHelper.GetCurrentTimeZoneAsync();
        DateTime? from = model.StartDate is { } start ? _dateTimeHelper.ConvertToUtcTime(start, timeZone) : null;
        DateTime? to = model.EndDate is { } end ? _dateTimeHelper.ConvertToUtcTime(end, timeZone).AddDays(1) : null;
        var productId = 0;
        if (model.ProductId > 0 && await _productService.GetProductByIdAsync(model.ProductId) is { } product
                                && (vendor is null || product.VendorId == vendor.Id))
            productId = product.Id;

        var found = await _orderService.SearchOrdersAsync(storeId: model.StoreId,
            vendorId: vendor?.Id ?? model.VendorId,
            productId: productId,
            warehouseId: model.WarehouseId,
            paymentMethodSystemName: model.PaymentMethodSystemName,
            createdFromUtc: from,
            createdToUtc: to,
            osIds: StatusFilter(model.OrderStatusIds),
            psIds: StatusFilter(model.PaymentStatusIds),
            ssIds: StatusFilter(model.ShippingStatusIds),
            billingPhone: model.BillingPhone,
            billingEmail: model.BillingEmail,
            billingLastName: model.BillingLastName,
            billingCountryId: model.BillingCountryId,
            orderNotes: model.OrderNotes);
        return found.Select(o => o.Id).ToList();
    }

    /// <summary>As nopCommerce: no status, or "All" (0) among them, means no filter.</summary>
    private static List<int> StatusFilter(List<int> ids) => ids is { Count: > 0 } && !ids.Contains(0) ? ids : null;

    private async Task<IActionResult> PickListFileAsync(IReadOnlyList<int> orderIds, PickListFormat format, string orderNumber)
    {
        var pickList = await _pickListService.BuildAsync(orderIds);
        if (await _workContext.GetCurrentVendorAsync() is { } vendor)
            pickList = await OnlyVendorLinesAsync(pickList, vendor.Id);

        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = string.Format(CultureInfo.InvariantCulture, await TextAsync("PickList.FileName"),
            string.IsNullOrEmpty(orderNumber) ? date : $"{orderNumber}-{date}");
        var stream = new MemoryStream();
        if (format == PickListFormat.Csv)
        {
            await _pickListService.WriteCsvAsync(stream, pickList);
            stream.Position = 0;
            return File(stream, "text/csv", name + ".csv");
        }

        await _pdfService.PrintPickListAsync(stream, pickList, await _workContext.GetWorkingLanguageAsync());
        stream.Position = 0;
        return File(stream, "application/pdf", name + ".pdf");
    }

    private async Task<PickList> OnlyVendorLinesAsync(PickList pickList, int vendorId)
    {
        var productIds = pickList.Lines.Select(l => l.ProductId).Distinct().ToList();
        var own = (await _products.Table.Where(p => productIds.Contains(p.Id) && p.VendorId == vendorId).Select(p => p.Id).ToListAsync()).ToHashSet();
        return pickList with { Lines = pickList.Lines.Where(l => own.Contains(l.ProductId)).ToList() };
    }

    #endregion

    #region Ship what is in stock

    /// <summary>The order page's "Ship what is in stock" (posted with nopCommerce's order form and its antiforgery token).</summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Orders.SHIPMENTS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> ShipInStock(int orderId)
    {
        if (!await _installed.IsInstalledAsync())
            return NotFound();
        var order = await AccessibleOrderAsync(orderId);
        if (order is null)
        {
            _notificationService.ErrorNotification(await TextAsync("ShipInStock.Refused.NoOrder"));
            return ToOrderList();
        }

        var result = await _shipInStockService.ShipWhatIsInStockAsync(order);
        if (result.RefusalResourceKey is not null || result.Shipments.Count == 0)
        {
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(
                result.RefusalResourceKey ?? ShipInStockService.RefusalKey(ShipInStockRefusal.WaitingForStock)));
            return ToOrder(order.Id);
        }

        // As nopCommerce's AddShipment: the order edit is logged in the activity log.
        await _customerActivityService.InsertActivityAsync("EditOrder",
            string.Format(CultureInfo.CurrentCulture, await _localizationService.GetResourceAsync("ActivityLog.EditOrder"), order.CustomOrderNumber), order);

        var numbers = string.Join(", ", result.Shipments.Select(s => "#" + s.Id.ToString(CultureInfo.InvariantCulture)));
        _notificationService.SuccessNotification(string.Format(CultureInfo.CurrentCulture,
            await TextAsync(result.QuantityStillToCome > 0 ? "ShipInStock.Created" : "ShipInStock.CreatedAll"),
            result.Shipments.Count, numbers, result.QuantityStillToCome));
        return ToOrder(order.Id);
    }

    #endregion
}

/// <summary>The file a pick-list button asks for.</summary>
public enum PickListFormat
{
    Pdf = 0,
    Csv = 1
}

/// <summary>Reads the grid's comma-separated order ids; anything that is not a positive number is skipped.</summary>
public static class OrderIdList
{
    public static IReadOnlyList<int> Parse(string ids) => (ids ?? string.Empty)
        .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
        .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
        .Where(id => id > 0)
        .Distinct()
        .ToList();
}
