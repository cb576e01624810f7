using Nop.Core.Configuration;

namespace Nop.Core.Domain.Common;

// Declared for constructor signatures; no members used.
public partial class AddressSettings : ISettings;
