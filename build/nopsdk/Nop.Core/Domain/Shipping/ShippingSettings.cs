using Nop.Core.Configuration;

namespace Nop.Core.Domain.Shipping;

public partial class ShippingSettings : ISettings;
