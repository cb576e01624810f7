using Nop.Core.Configuration;

namespace Nop.Core.Domain.Orders;

public partial class OrderSettings : ISettings;
