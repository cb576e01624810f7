using Nop.Core.Configuration;

namespace Nop.Core.Domain.Tax;

// Declared for constructor signatures; no members used.
public partial class TaxSettings : ISettings;
