using System.Globalization;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services.Storefront;

/// <summary>
/// Words a <see cref="StockMessage"/> with nopCommerce's availability texts (so merchants' translations keep working)
/// and the plugin's own for what nopCommerce cannot say.
/// </summary>
public static class StockMessageText
{
    public const string ExpectedKey = BackordersDefaults.ResourcePrefix + "Availability.BackorderExpected";
    public const string PartlyKey = BackordersDefaults.ResourcePrefix + "Availability.PartlyBackordered";
    public const string PartlyWhenKey = BackordersDefaults.ResourcePrefix + "Availability.PartlyBackorderedWhen";
    public const string PartlyNoQuantityKey = BackordersDefaults.ResourcePrefix + "Availability.PartlyBackorderedNoQuantity";
    public const string PartlyNoQuantityWhenKey = BackordersDefaults.ResourcePrefix + "Availability.PartlyBackorderedNoQuantityWhen";

    /// <summary>"12 December": day and month in the customer's language.</summary>
    public static string FormatDate(DateTime date, CultureInfo culture) => date.ToString("d MMMM", culture);

    /// <param name="resource">Looks up a locale resource by key.</param>
    /// <param name="rangeName">The product's availability range ("2-3 days"), or null.</param>
    public static async Task<string> FormatAsync(StockMessage message, Func<string, Task<string>> resource, string rangeName, CultureInfo culture)
    {
        string Format(string template, params object[] args) => string.Format(culture, template, args);
        var when = message.ExpectedRestockDate is { } date ? FormatDate(date, culture) : message.WithRange ? rangeName : null;

        return message.Kind switch
        {
            StockMessageKind.None => string.Empty,
            StockMessageKind.InStock => message.ShowQuantity
                ? Format(await resource("Products.Availability.InStockWithQuantity"), message.Quantity)
                : await resource("Products.Availability.InStock"),
            StockMessageKind.LowStock => message.ShowQuantity
                ? Format(await resource("Products.Availability.LowStockWithQuantity"), message.Quantity)
                : await resource("Products.Availability.LowStock"),
            StockMessageKind.OutOfStock => await resource("Products.Availability.OutOfStock"),
            StockMessageKind.AvailableInRange => Format(await resource("Products.Availability.AvailabilityRange"), rangeName),
            StockMessageKind.Backorder when message.ExpectedRestockDate is not null => Format(await resource(ExpectedKey), when),
            StockMessageKind.Backorder when when is not null => Format(await resource("Products.Availability.BackorderingWithDate"), when),
            StockMessageKind.Backorder => await resource("Products.Availability.Backordering"),
            StockMessageKind.PartlyBackordered when !message.ShowQuantity && when is not null => Format(await resource(PartlyNoQuantityWhenKey), when),
            StockMessageKind.PartlyBackordered when !message.ShowQuantity => await resource(PartlyNoQuantityKey),
            StockMessageKind.PartlyBackordered when when is not null => Format(await resource(PartlyWhenKey), message.InStock, message.Backordered, when),
            StockMessageKind.PartlyBackordered => Format(await resource(PartlyKey), message.InStock, message.Backordered),
            _ => string.Empty
        };
    }
}
