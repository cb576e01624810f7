namespace Nop.Core.Domain.Customers;

// Subset: only stock nopCommerce columns (the Rotat fork adds others, which the plugin never reads).
public partial class Customer : BaseEntity
{
    public string Email { get; set; }
}
