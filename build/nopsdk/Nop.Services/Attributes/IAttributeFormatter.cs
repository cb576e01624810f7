using Nop.Core.Domain.Attributes;

namespace Nop.Services.Attributes;

// Declared for constructor signatures; no members used.
public partial interface IAttributeFormatter<TAttribute, TAttributeValue>
    where TAttribute : BaseAttribute
    where TAttributeValue : BaseAttributeValue;
