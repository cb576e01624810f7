using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;

namespace Nop.Core;

// Subset the plugin calls.
public partial interface IWorkContext
{
    Task<Customer> GetCurrentCustomerAsync();
    Task<Language> GetWorkingLanguageAsync();
}
