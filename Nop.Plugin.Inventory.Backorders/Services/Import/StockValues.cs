using System.Globalization;
using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>Magento's numbering of the backorders column, mapped to nopCommerce's <see cref="BackorderMode"/> by meaning.</summary>
public static class MagentoBackorders
{
    /// <summary>0 = no backorders, 1 = allow (qty below 0) silently, 2 = allow and notify the customer.</summary>
    public static BackorderMode? ToMode(int value) => value switch
    {
        0 => BackorderMode.NoBackorders,
        1 => BackorderMode.AllowQtyBelow0,
        2 => BackorderMode.AllowQtyBelow0AndNotifyCustomer,
        _ => null
    };

    public static int FromMode(BackorderMode mode) => mode switch
    {
        BackorderMode.NoBackorders => 0,
        BackorderMode.AllowQtyBelow0 => 1,
        BackorderMode.AllowQtyBelow0AndNotifyCustomer => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null)
    };
}

/// <summary>Reads one cell of a stock file. Numbers are invariant (spreadsheets in any locale write whole numbers alike).</summary>
public static class StockValues
{
    /// <summary>A whole number; Magento writes quantities as decimals ("100.0000"), accepted when the fraction is zero.</summary>
    public static bool TryWholeNumber(string text, out int value, out string errorKey)
    {
        value = 0;
        errorKey = null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            return true;

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var number))
        {
            if (number != decimal.Truncate(number))
            {
                errorKey = ImportMessages.NotWholeNumber;
                return false;
            }

            if (number is < int.MinValue or > int.MaxValue)
            {
                errorKey = ImportMessages.OutOfRange;
                return false;
            }

            value = (int)number;
            return true;
        }

        // Digits only but too long for a whole number of the database.
        errorKey = text.TrimStart('-', '+').All(char.IsAsciiDigit) && text.Trim('-', '+').Length > 0
            ? ImportMessages.OutOfRange
            : ImportMessages.NotWholeNumber;
        return false;
    }

    public static bool TryYesNo(string text, out bool value)
    {
        switch (text.ToLowerInvariant())
        {
            case "1" or "true" or "yes" or "y":
                value = true;
                return true;
            case "0" or "false" or "no" or "n":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>0/1/2 (Magento's and nopCommerce's numbering agree by meaning) or nopCommerce's names.</summary>
    public static bool TryBackorders(string text, out BackorderMode mode)
    {
        mode = default;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (MagentoBackorders.ToMode(number) is not { } mapped)
                return false;
            mode = mapped;
            return true;
        }

        return Enum.TryParse(text, true, out mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _);
    }

    public static bool TryManageInventoryMethod(string text, out ManageInventoryMethod method)
    {
        method = default;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (!Enum.IsDefined(typeof(ManageInventoryMethod), number))
                return false;
            method = (ManageInventoryMethod)number;
            return true;
        }

        return Enum.TryParse(text, true, out method) && Enum.IsDefined(method);
    }

    /// <summary>ISO 8601: a date (2026-12-12) or a date and time (the date part is kept).</summary>
    public static bool TryDate(string text, out DateTime date)
    {
        date = default;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ||
            DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm:ss"],
                CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out day))
        {
            date = DateTime.SpecifyKind(day.Date, DateTimeKind.Utc);
            return true;
        }

        return false;
    }
}
