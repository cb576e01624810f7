using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Inventory.Backorders.Models;

/// <summary>The store-wide default inside nopCommerce's catalog settings form; posted fields under <see cref="Backorders"/> (DefaultPolicyForm's names).</summary>
public record CatalogSettingsBackorderModel : BaseNopModel
{
    public DefaultBackorderFieldsModel Backorders { get; set; } = new();

    public IList<SelectListItem> AvailableBackorderModes { get; set; } = new List<SelectListItem>();
}

public record DefaultBackorderFieldsModel
{
    public bool DefaultPosted { get; set; } = true;

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.DefaultBackorderMode")]
    public int DefaultBackorderModeId { get; set; }

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.DefaultBackorderLimit")]
    public int DefaultBackorderLimit { get; set; }
}
