using Nop.Core.Domain.Customers;

namespace Nop.Services.Customers;

// Subset the plugin calls.
public partial interface ICustomerService
{
    Task<Customer> GetCustomerByIdAsync(int customerId);
    Task<string> GetCustomerFullNameAsync(Customer customer);
}
