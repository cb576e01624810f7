using Microsoft.AspNetCore.Mvc.ModelBinding;
using Nop.Services.Localization;

namespace Nop.Plugin.Inventory.Backorders.Services;

/// <summary>
/// A posted field the form rules refuse: the field's name, the locale resource that explains why (a format string) and
/// its arguments. The rules stay pure; the consumer turns the error into the merchant's language.
/// </summary>
public readonly record struct FormError(string Field, string Resource, object[] Arguments)
{
    public FormError(string field, string resource, object argument) : this(field, resource, [argument])
    {
    }

    /// <summary>Adds each error to the model state under its field, in the merchant's language, so nopCommerce shows the form again.</summary>
    public static async Task AddToAsync(ModelStateDictionary modelState, IEnumerable<FormError> errors, ILocalizationService localizationService)
    {
        foreach (var error in errors)
        {
            var text = await localizationService.GetResourceAsync(error.Resource);
            modelState.AddModelError(error.Field, string.Format(text, error.Arguments));
        }
    }
}
