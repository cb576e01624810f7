using Nop.Core.Configuration;

namespace Nop.Core.Domain.Directory;

// Declared for constructor signatures; no members used.
public partial class CurrencySettings : ISettings;
