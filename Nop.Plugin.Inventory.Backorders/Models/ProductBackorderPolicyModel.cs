using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Models;

/// <summary>The backorder block on the admin product page.</summary>
public record ProductBackorderPolicyModel : BaseNopModel
{
    public int ProductId { get; set; }
    public bool UsesDefault { get; set; }
    public int OwnBackorderModeId { get; set; }
    public int DefaultBackorderModeId { get; set; }
    public string DefaultPolicyText { get; set; }
    public IList<SelectListItem> AvailablePolicies { get; set; } = new List<SelectListItem>();
    public int? BackorderLimit { get; set; }
    public int DefaultBackorderLimit { get; set; }
    public string ExpectedRestockDate { get; set; }
}
