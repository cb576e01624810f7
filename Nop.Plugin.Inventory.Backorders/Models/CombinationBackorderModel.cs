using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Inventory.Backorders.Models;

/// <summary>The box on nopCommerce's admin attribute combination form; posted fields under <see cref="Backorders"/> (CombinationPolicyForm's names).</summary>
public record CombinationBackorderModel : BaseNopModel
{
    public CombinationBackorderFieldsModel Backorders { get; set; } = new();

    /// <summary>What "allow out of stock" becomes while the combination follows its product.</summary>
    public bool ImpliedAllowOutOfStockOrders { get; set; }
}

public record CombinationBackorderFieldsModel
{
    public bool CombinationPosted { get; set; } = true;

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.CombinationFollowsProduct")]
    public bool CombinationFollowsProduct { get; set; }
}
