using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Stores;

public partial class Store : BaseEntity, ILocalizedEntity
{
    public string Name { get; set; }
    public string Url { get; set; }
}
