using Nop.Core.Domain.Common;

namespace Nop.Services.Common;

// Subset the plugin's documents call.
public partial interface IAddressService
{
    Task<(string, KeyValuePair<AddressField, string>[])> FormatAddressAsync(Address address, int languageId = 0, string separator = ", ", bool htmlEncode = false);
}
