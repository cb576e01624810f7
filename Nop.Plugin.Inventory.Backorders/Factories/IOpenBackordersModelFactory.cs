using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;

namespace Nop.Plugin.Inventory.Backorders.Factories;

public interface IOpenBackordersModelFactory
{
    Task<OpenBackordersSearchModel> PrepareSearchModelAsync(OpenBackordersSearchModel searchModel);

    /// <summary>The ledger filter of a search: dates from the admin's time zone to UTC (the "to" day included), vendor from the signed-in vendor.</summary>
    Task<OpenBackordersFilter> PrepareFilterAsync(OpenBackordersSearchModel searchModel);

    Task<OpenBackordersListModel> PrepareListModelAsync(OpenBackordersSearchModel searchModel);

    Task<ProductBackorderTotalListModel> PrepareTotalsListModelAsync(OpenBackordersSearchModel searchModel);

    /// <summary>Writes the filtered list as CSV; returns the number of lines written.</summary>
    Task<int> WriteCsvAsync(OpenBackordersSearchModel searchModel, TextWriter writer);

    Task<OrderBackordersModel> PrepareOrderBackordersModelAsync(int orderId);

    /// <summary>The customer's note for one line of their order, or null when nothing is shown.</summary>
    Task<CustomerOrderLineBackorderModel> PrepareCustomerOrderLineModelAsync(int orderItemId);
}
