using Nop.Core.Domain.Localization;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>
/// "Rename Qty to Qty Ordered": nopCommerce prints its resource Pdf.Product.Quantity as the quantity header of invoices
/// and packaging slips. Switched on, each language where the plugin has its "Qty Ordered" text gets that text, and the
/// merchant's value is kept (in a plugin resource of that language); switched off or uninstalled, the kept value is put
/// back, unless the merchant changed the header since (theirs then stays).
/// </summary>
public static class QuantityHeaderRule
{
    /// <summary>The value to write when renaming, or null to leave it; and the original to keep.</summary>
    public static (string Write, string Keep) Rename(string current, string ours, string kept)
    {
        if (string.IsNullOrWhiteSpace(ours) || current is null)
            return (null, kept);
        // Already renamed (saved twice): the original kept the first time stays.
        return current == ours ? (null, kept ?? current) : (ours, current);
    }

    /// <summary>The value to put back, or null to leave the header as it is.</summary>
    public static string Restore(string current, string ours, string kept) =>
        kept is not null && current is not null && current == ours ? kept : null;
}

public interface IQuantityHeaderService
{
    /// <summary>Renames (true) or restores (false) nopCommerce's quantity header in every language.</summary>
    Task ApplyAsync(bool renamed);
}

public class QuantityHeaderService : IQuantityHeaderService
{
    public const string NopResourceName = "Pdf.Product.Quantity";
    public const string QuantityOrderedKey = BackordersDefaults.ResourcePrefix + "Documents.Pdf.QuantityOrdered";

    /// <summary>The merchant's own header, kept per language while renamed (not an English text: never installed).</summary>
    public const string KeptOriginalKey = BackordersDefaults.ResourcePrefix + "Documents.Pdf.QuantityOriginal";

    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;

    public QuantityHeaderService(ILanguageService languageService, ILocalizationService localizationService)
    {
        _languageService = languageService;
        _localizationService = localizationService;
    }

    public async Task ApplyAsync(bool renamed)
    {
        foreach (var language in await _languageService.GetAllLanguagesAsync(showHidden: true))
        {
            var ours = (await Resource(QuantityOrderedKey, language))?.ResourceValue;
            var header = await Resource(NopResourceName, language);
            var kept = await Resource(KeptOriginalKey, language);
            if (renamed)
            {
                var (write, keep) = QuantityHeaderRule.Rename(header?.ResourceValue, ours, kept?.ResourceValue);
                if (write is null)
                    continue;
                await SetAsync(kept, KeptOriginalKey, language, keep);
                header.ResourceValue = write;
                await _localizationService.UpdateLocaleStringResourceAsync(header);
            }
            else if (kept is not null)
            {
                if (QuantityHeaderRule.Restore(header?.ResourceValue, ours, kept.ResourceValue) is { } original)
                {
                    header.ResourceValue = original;
                    await _localizationService.UpdateLocaleStringResourceAsync(header);
                }

                await _localizationService.DeleteLocaleStringResourceAsync(kept);
            }
        }
    }

    private Task<LocaleStringResource> Resource(string name, Language language) =>
        _localizationService.GetLocaleStringResourceByNameAsync(name, language.Id, logIfNotFound: false);

    private async Task SetAsync(LocaleStringResource existing, string name, Language language, string value)
    {
        if (existing is null)
        {
            await _localizationService.InsertLocaleStringResourceAsync(new LocaleStringResource { LanguageId = language.Id, ResourceName = name, ResourceValue = value });
            return;
        }

        if (existing.ResourceValue == value)
            return;
        existing.ResourceValue = value;
        await _localizationService.UpdateLocaleStringResourceAsync(existing);
    }
}
