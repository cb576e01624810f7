namespace Nop.Core.Domain.Messages;

// Subset: who a store-owner notice goes to.
public partial class EmailAccount : BaseEntity
{
    public string Email { get; set; }
    public string DisplayName { get; set; }
}
