using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Inventory.Backorders.Models;

/// <summary>The filters of the open-backorders page (and the paging DataTables posts with them).</summary>
public record OpenBackordersSearchModel : BaseSearchModel
{
    private const string F = BackordersDefaults.ResourcePrefix + "OpenBackorders.Fields.";

    [NopResourceDisplayName(F + "ProductName")]
    public string SearchProductName { get; set; }

    [NopResourceDisplayName(F + "Sku")]
    public string SearchSku { get; set; }

    [NopResourceDisplayName(F + "OrderNumber")]
    public string SearchOrderNumber { get; set; }

    [NopResourceDisplayName(F + "CreatedOnFrom")]
    [UIHint("DateNullable")]
    public DateTime? CreatedOnFrom { get; set; }

    [NopResourceDisplayName(F + "CreatedOnTo")]
    [UIHint("DateNullable")]
    public DateTime? CreatedOnTo { get; set; }

    [NopResourceDisplayName(F + "Status")]
    public int SearchStatusId { get; set; } = Services.Ledger.OpenBackordersQuery.StillOpen;

    [NopResourceDisplayName(F + "Warehouse")]
    public int SearchWarehouseId { get; set; }

    public IList<SelectListItem> AvailableStatuses { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableWarehouses { get; set; } = new List<SelectListItem>();

    /// <summary>Whether stores keep stock in warehouses at all (the warehouse filter and column are hidden otherwise).</summary>
    public bool ShowWarehouses { get; set; }

    public bool IsLoggedInAsVendor { get; set; }

    /// <summary>Paging of the per-product totals grid (same filters, its own page).</summary>
    public int TotalsPageSize { get; set; }
}

/// <summary>One line of the open-backorders grid.</summary>
public record OpenBackorderModel : BaseNopEntityModel
{
    public int OrderId { get; set; }
    public string CustomOrderNumber { get; set; }
    public int ProductId { get; set; }
    public string ProductName { get; set; }
    public string Sku { get; set; }
    public string WarehouseName { get; set; }
    public int QuantityOrdered { get; set; }
    public int QuantityBackordered { get; set; }
    public int QuantityFilled { get; set; }
    public int QuantityCancelled { get; set; }
    public int QuantityOpen { get; set; }
    public string StatusName { get; set; }
    public DateTime CreatedOn { get; set; }
    public DateTime? ExpectedRestockDate { get; set; }
    public int DaysWaiting { get; set; }
}

public record OpenBackordersListModel : BasePagedListModel<OpenBackorderModel>;

/// <summary>One product's lines in the filtered list, added up.</summary>
public record ProductBackorderTotalModel : BaseNopModel
{
    public int ProductId { get; set; }
    public string ProductName { get; set; }
    public int Lines { get; set; }
    public int QuantityOrdered { get; set; }
    public int QuantityBackordered { get; set; }
    public int QuantityFilled { get; set; }
    public int QuantityOpen { get; set; }
}

public record ProductBackorderTotalListModel : BasePagedListModel<ProductBackorderTotalModel>;

/// <summary>The backorder card on the admin order page: one row per order line that had a backordered part.</summary>
public record OrderBackordersModel : BaseNopModel
{
    public int OrderId { get; set; }
    public IList<OpenBackorderModel> Lines { get; set; } = new List<OpenBackorderModel>();
}

/// <summary>The note under a line of the customer's order page, e.g. "2 of 5 on backorder".</summary>
public record CustomerOrderLineBackorderModel : BaseNopModel
{
    public string Text { get; set; }
}
