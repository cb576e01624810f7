using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Models;

/// <summary>The buttons on the admin order page: pick list (PDF, CSV) and, with the shipments permission, "Ship what is in stock".</summary>
public record OrderDocumentButtonsModel : BaseNopModel
{
    public int OrderId { get; set; }

    public bool CanShip { get; set; }
}

/// <summary>
/// What the admin order list posts to the pick-list buttons: the ids ticked in the grid (comma-separated, as nopCommerce's
/// "selected" buttons send them) and nopCommerce's search fields under their own names (OrderSearchModel's), which the
/// list's form posts along.
/// </summary>
public record OrderPickListFilterModel : BaseNopModel
{
    /// <summary>The grid's ticked orders; empty: every order of the search.</summary>
    public string SelectedIds { get; set; }

    public DateTime? StartDate { get; set; }
    public DateTime? EndDate { get; set; }
    public List<int> OrderStatusIds { get; set; }
    public List<int> PaymentStatusIds { get; set; }
    public List<int> ShippingStatusIds { get; set; }
    public int StoreId { get; set; }
    public int VendorId { get; set; }
    public int WarehouseId { get; set; }
    public int ProductId { get; set; }
    public string BillingPhone { get; set; }
    public string BillingEmail { get; set; }
    public string BillingLastName { get; set; }
    public int BillingCountryId { get; set; }
    public string PaymentMethodSystemName { get; set; }
    public string OrderNotes { get; set; }
}
