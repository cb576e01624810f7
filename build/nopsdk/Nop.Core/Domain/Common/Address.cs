namespace Nop.Core.Domain.Common;

// Subset printed on the plugin's invoice and packaging slip.
public partial class Address : BaseEntity
{
    public string FirstName { get; set; }
    public string LastName { get; set; }
    public string Company { get; set; }
    public string PhoneNumber { get; set; }
}
