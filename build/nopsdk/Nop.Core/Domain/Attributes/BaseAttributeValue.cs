namespace Nop.Core.Domain.Attributes;

public abstract partial class BaseAttributeValue : BaseEntity;
