using Nop.Core.Domain.Messages;

namespace Nop.Services.Messages;

// Subset the plugin calls.
public partial interface IEmailAccountService
{
    Task<EmailAccount> GetEmailAccountByIdAsync(int emailAccountId);
    Task<IList<EmailAccount>> GetAllEmailAccountsAsync();
}
