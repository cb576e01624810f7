namespace Nop.Core.Domain.Customers;

// Declared for signatures only: the Rotat fork adds columns, so the plugin reads none.
public partial class Customer : BaseEntity;
