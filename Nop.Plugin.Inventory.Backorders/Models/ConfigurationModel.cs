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
}
