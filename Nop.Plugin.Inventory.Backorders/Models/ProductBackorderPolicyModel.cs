using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Inventory.Backorders.Models;

/// <summary>
/// The backorder rows on nopCommerce's admin product form. The posted fields sit under <see cref="Backorders"/>, so
/// asp-for="Backorders.UseDefault" posts "Backorders.UseDefault" (ProductPolicyForm's names).
/// </summary>
public record ProductBackorderPolicyModel : BaseNopModel
{
    public ProductBackorderFieldsModel Backorders { get; set; } = new();

    public int ProductId { get; set; }

    /// <summary>The store default, shown in the disabled select while the product uses it.</summary>
    public int DefaultBackorderModeId { get; set; }

    /// <summary>What an empty limit means for this product: the store default limit, as the merchant reads it.</summary>
    public string DefaultLimitPlaceholder { get; set; }

    public IList<SelectListItem> AvailablePolicies { get; set; } = new List<SelectListItem>();
}

/// <summary>The product form's posted backorder fields.</summary>
public record ProductBackorderFieldsModel
{
    /// <summary>Marks a form that showed the rows; a form without it leaves the product's backorder record alone.</summary>
    public bool Posted { get; set; } = true;

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.UseDefault")]
    public bool UseDefault { get; set; }

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.BackorderMode")]
    public int BackorderModeId { get; set; }

    /// <summary>Label only: the same select read as "what the combinations that follow the product allow" when stock is tracked by attributes.</summary>
    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.CombinationsBackorderMode")]
    public int CombinationsBackorderModeId => BackorderModeId;

    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.BackorderLimit")]
    [UIHint("Int32Nullable")]
    public int? BackorderLimit { get; set; }

    /// <summary>Rendered by nopCommerce's "DateNullable" editor: an input type="date" posting yyyy-MM-dd.</summary>
    [NopResourceDisplayName(BackordersDefaults.ResourcePrefix + "Fields.ExpectedRestockDate")]
    [UIHint("DateNullable")]
    public DateTime? ExpectedRestockDate { get; set; }
}
