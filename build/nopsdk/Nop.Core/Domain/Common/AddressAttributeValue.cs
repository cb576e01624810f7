using Nop.Core.Domain.Attributes;

namespace Nop.Core.Domain.Common;

// Declared for constructor signatures; no members used.
public partial class AddressAttributeValue : BaseAttributeValue;
