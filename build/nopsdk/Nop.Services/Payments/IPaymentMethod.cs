using Nop.Services.Plugins;

namespace Nop.Services.Payments;

// Declared for constructor signatures; no members used.
public partial interface IPaymentMethod : IPlugin;
