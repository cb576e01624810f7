using System.Globalization;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services;

/// <summary>How the plugin's form fields read posted text: one spelling for every form.</summary>
public static class FormValue
{
    /// <summary>A checkbox: MVC posts "true,false" when ticked (checkbox plus hidden field), "false" or nothing when not.</summary>
    public static bool IsChecked(string posted) =>
        string.Equals(posted?.Split(',')[0], "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A backorder policy posted as its id (0, 1 or 2).</summary>
    public static bool TryPolicy(string posted, out BackorderMode policy)
    {
        var ok = int.TryParse(posted, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Enum.IsDefined(typeof(BackorderMode), id);
        policy = ok ? (BackorderMode)id : default;
        return ok;
    }

    /// <summary>A whole number of 0 or more (no sign, no decimals); surrounding spaces are allowed.</summary>
    public static bool TryWholeNumber(string posted, out int value) =>
        int.TryParse(posted?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
