using Nop.Core.Configuration;

namespace Nop.Core.Domain.Orders;

public partial class ShoppingCartSettings : ISettings;
