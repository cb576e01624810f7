using Nop.Core.Configuration;

namespace Nop.Core.Domain.Tax;

public partial class TaxSettings : ISettings;
