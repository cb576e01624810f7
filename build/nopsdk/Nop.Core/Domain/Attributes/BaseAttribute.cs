namespace Nop.Core.Domain.Attributes;

public abstract partial class BaseAttribute : BaseEntity;
