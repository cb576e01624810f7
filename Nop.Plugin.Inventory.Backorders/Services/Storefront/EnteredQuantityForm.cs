using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>The quantity a customer entered on the product page, as nopCommerce's product form posts it.</summary>
public static class EnteredQuantityForm
{
    public static string FieldName(int productId) => $"addtocart_{productId}.EnteredQuantity";

    /// <returns>The entered quantity, or 0 when none (or nothing sensible) was posted.</returns>
    public static int Parse(int productId, Func<string, string> field) =>
        FormValue.TryWholeNumber(field(FieldName(productId)), out var quantity) ? quantity : 0;
}
