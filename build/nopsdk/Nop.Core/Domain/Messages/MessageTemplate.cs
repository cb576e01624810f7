using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Messages;

// Subset of the nopCommerce entity the plugin writes (its own templates) and reads.
public partial class MessageTemplate : BaseEntity, ILocalizedEntity
{
    public string Name { get; set; }
    public string BccEmailAddresses { get; set; }
    public string Subject { get; set; }
    public string Body { get; set; }
    public bool IsActive { get; set; }
    public int? DelayBeforeSend { get; set; }
    public int DelayPeriodId { get; set; }
    public int AttachedDownloadId { get; set; }
    public bool AllowDirectReply { get; set; }
    public int EmailAccountId { get; set; }
    public bool LimitedToStores { get; set; }
}
