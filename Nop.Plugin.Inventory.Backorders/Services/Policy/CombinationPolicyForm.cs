using Nop.Plugin.Inventory.Backorders.Services;
namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>The "follow the product's backorder policy" box posted with nopCommerce's attribute combination form.</summary>
public static class CombinationPolicyForm
{
    public const string Marker = "Backorders.CombinationPosted";
    public const string FollowsProduct = "Backorders.CombinationFollowsProduct";

    /// <returns>Whether the combination follows its product; null when the form did not show the box.</returns>
    public static bool? Parse(Func<string, string> field)
    {
        if (string.IsNullOrEmpty(field(Marker)))
            return null;

        return FormValue.IsChecked(field(FollowsProduct));
    }
}
