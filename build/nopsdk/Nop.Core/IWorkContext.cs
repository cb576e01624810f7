using Nop.Core.Domain.Localization;

namespace Nop.Core;

// Subset the plugin calls.
public partial interface IWorkContext
{
    Task<Language> GetWorkingLanguageAsync();
}
