using Nop.Web.Framework.Models;

namespace Nop.Plugin.Inventory.Backorders.Models;

/// <summary>The box on the admin attribute combination form.</summary>
public record CombinationBackorderModel : BaseNopModel
{
    public bool FollowsProduct { get; set; }
    public bool ImpliedAllowOutOfStockOrders { get; set; }
    public string ProductPolicyText { get; set; }
}
