namespace Nop.Core.Domain.Vendors;

// Declared for signatures only.
public partial class Vendor : BaseEntity;
