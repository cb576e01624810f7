using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Inventory.Backorders.Models;

public record ConfigurationModel : BaseNopModel
{
    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.DefaultBackorderMode")]
    public int DefaultBackorderModeId { get; set; }

    public IList<SelectListItem> AvailableBackorderModes { get; set; } = new List<SelectListItem>();

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.DefaultBackorderLimit")]
    public int DefaultBackorderLimit { get; set; }

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.KeepBackorderRecordsOnUninstall")]
    public bool KeepBackorderRecordsOnUninstall { get; set; }

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.NotifyStoreOwnerOfBackorderedOrders")]
    public bool NotifyStoreOwnerOfBackorderedOrders { get; set; }

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.NotifyCustomerWhenBackordersFilled")]
    public bool NotifyCustomerWhenBackordersFilled { get; set; }

    // Documents (invoices, packaging slips, pick list).

    /// <summary>Every printable column with its position (0: not printed); none numbered: nopCommerce's own invoice layout.</summary>
    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.InvoiceColumns")]
    public IList<DocumentColumnPositionModel> InvoiceColumns { get; set; } = new List<DocumentColumnPositionModel>();

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.PackagingSlipColumns")]
    public IList<DocumentColumnPositionModel> PackagingSlipColumns { get; set; } = new List<DocumentColumnPositionModel>();

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.RenameQuantityToQuantityOrdered")]
    public bool RenameQuantityToQuantityOrdered { get; set; }

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.PickListBackorderMessage")]
    public string PickListBackorderMessage { get; set; }

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.PickListMessageOnlyForBackorderedLines")]
    public bool PickListMessageOnlyForBackorderedLines { get; set; }

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.PickListInStockMessage")]
    public string PickListInStockMessage { get; set; }

    /// <summary>A <see cref="Services.Documents.PickListGrouping"/> name.</summary>
    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.PickListGrouping")]
    public string PickListGrouping { get; set; }

    public IList<SelectListItem> AvailablePickListGroupings { get; set; } = new List<SelectListItem>();

    /// <summary>The tokens templates may use (built-in and integrators'), in brackets, shown under the template fields.</summary>
    public IList<string> AvailableTokens { get; set; } = new List<string>();
}

/// <summary>One printable column of a document and where it prints.</summary>
public record DocumentColumnPositionModel : BaseNopModel
{
    /// <summary>The <see cref="Services.Documents.DocumentColumn"/> name (posted back hidden; checked on save).</summary>
    public string Column { get; set; }

    /// <summary>The column's name in the admin's language (shown, not posted).</summary>
    public string Name { get; set; }

    /// <summary>Print order, 1 first; 0 leaves the column out.</summary>
    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.DocumentColumnPosition")]
    public int Position { get; set; }
}
