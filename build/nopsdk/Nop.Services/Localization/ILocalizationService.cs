using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Domain.Localization;
using Nop.Services.Plugins;

namespace Nop.Services.Localization;

// Subset the plugin calls.
public partial interface ILocalizationService
{
    Task DeleteLocaleStringResourceAsync(LocaleStringResource localeStringResource);
    Task<LocaleStringResource> GetLocaleStringResourceByNameAsync(string resourceName, int languageId,
        bool logIfNotFound = true);
    Task InsertLocaleStringResourceAsync(LocaleStringResource localeStringResource);
    Task UpdateLocaleStringResourceAsync(LocaleStringResource localeStringResource);
    Task<string> GetResourceAsync(string resourceKey);
    Task<string> GetResourceAsync(string resourceKey, int languageId,
        bool logIfNotFound = true, string defaultValue = "", bool returnEmptyIfNotFound = false);
    Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null);
    Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null);
    Task<TPropType> GetLocalizedAsync<TEntity, TPropType>(TEntity entity, Expression<Func<TEntity, TPropType>> keySelector,
        int? languageId = null, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true)
        where TEntity : BaseEntity, ILocalizedEntity;
    Task<string> GetLocalizedFriendlyNameAsync<TPlugin>(TPlugin plugin, int languageId, bool returnDefaultValue = true)
        where TPlugin : IPlugin;
}
