using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Vendors;

namespace Nop.Core;

public partial interface IWorkContext
{
    Task<Customer> GetCurrentCustomerAsync();
    Task<Language> GetWorkingLanguageAsync();
    Task<Vendor> GetCurrentVendorAsync();
}
