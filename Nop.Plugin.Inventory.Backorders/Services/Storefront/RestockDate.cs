namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>Which expected restock date customers may be shown.</summary>
public static class RestockDate
{
    /// <summary>
    /// The date to show, or null when there is none or it has passed (the plain backorder message applies then).
    /// A date is a calendar day: today's is still shown.
    /// </summary>
    /// <param name="today">Today's date (UTC, as the date is stored).</param>
    public static DateTime? ToShow(DateTime? expected, DateTime today) =>
        expected is { } date && date.Date >= today.Date ? date : null;
}
