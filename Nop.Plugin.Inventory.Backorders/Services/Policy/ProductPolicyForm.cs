using System.Globalization;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>What the merchant chose in the product form's backorder block.</summary>
public readonly record struct ProductPolicyChoice(bool UsesDefault, BackorderMode? OwnPolicy, int? BackorderLimit, DateTime? ExpectedRestockDate);

/// <summary>
/// Reads the plugin's fields from a posted product form. The fields carry a prefix so they never collide with
/// nopCommerce's own; a form without the marker field did not show the block and is left alone.
/// </summary>
public static class ProductPolicyForm
{
    public const string Marker = "Backorders.Posted";
    public const string UseDefault = "Backorders.UseDefault";
    public const string OwnPolicy = "Backorders.BackorderModeId";
    public const string Limit = "Backorders.BackorderLimit";
    public const string RestockDate = "Backorders.ExpectedRestockDate";

    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Locale resources of the errors (format strings; {0} is the posted text or date).</summary>
    public const string OwnPolicyError = BackordersDefaults.ResourcePrefix + "Errors.OwnPolicy";
    public const string LimitError = BackordersDefaults.ResourcePrefix + "Errors.BackorderLimit";
    public const string RestockDateError = BackordersDefaults.ResourcePrefix + "Errors.ExpectedRestockDate";
    public const string RestockDatePassedError = BackordersDefaults.ResourcePrefix + "Errors.ExpectedRestockDatePassed";

    public record Result(ProductPolicyChoice? Choice, IReadOnlyList<FormError> Errors);

    /// <param name="field">The posted value of a form field, or null when it was not posted.</param>
    /// <param name="today">Today's date (UTC): an expected restock date before it has already passed and is refused.</param>
    public static Result Parse(Func<string, string> field, DateTime today)
    {
        if (string.IsNullOrEmpty(field(Marker)))
            return new Result(null, []);

        var errors = new List<FormError>();
        var usesDefault = FormValue.IsChecked(field(UseDefault));

        BackorderMode? own = null;
        var ownText = field(OwnPolicy);
        if (!usesDefault)
        {
            if (FormValue.TryPolicy(ownText, out var policy))
                own = policy;
            else
                errors.Add(new FormError(OwnPolicy, OwnPolicyError, ownText ?? string.Empty));
        }

        int? limit = null;
        var limitText = field(Limit)?.Trim();
        if (!string.IsNullOrEmpty(limitText))
        {
            if (FormValue.TryWholeNumber(limitText, out var value))
                limit = value;
            else
                errors.Add(new FormError(Limit, LimitError, limitText));
        }

        DateTime? restock = null;
        var dateText = field(RestockDate)?.Trim();
        if (!string.IsNullOrEmpty(dateText))
        {
            if (!DateTime.TryParseExact(dateText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                errors.Add(new FormError(RestockDate, RestockDateError, dateText));
            else if (date < today.Date)
                errors.Add(new FormError(RestockDate, RestockDatePassedError, dateText));
            else
                restock = DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        return errors.Count > 0
            ? new Result(null, errors)
            : new Result(new ProductPolicyChoice(usesDefault, own, limit, restock), []);
    }
}
