using Nop.Core.Domain.Customers;

namespace Nop.Services.Logging;

// Subset the plugin calls.
public partial interface ILogger
{
    Task ErrorAsync(string message, Exception exception = null, Customer customer = null);
}
