using Nop.Core.Domain.Messages;

namespace Nop.Services.Messages;

// Subset the plugin calls.
public partial interface IMessageTemplateService
{
    Task DeleteMessageTemplateAsync(MessageTemplate messageTemplate);
    Task InsertMessageTemplateAsync(MessageTemplate messageTemplate);
    Task<IList<MessageTemplate>> GetMessageTemplatesByNameAsync(string messageTemplateName, int? storeId = null);
}
