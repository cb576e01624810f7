namespace Nop.Core.Domain.Logging;

// Declared for signatures only.
public partial class ActivityLog : BaseEntity;
