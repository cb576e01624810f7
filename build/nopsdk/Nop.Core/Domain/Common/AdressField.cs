namespace Nop.Core.Domain.Common;

public enum AddressField
{
    Country = 0,
    StateProvince = 1,
    City = 2,
    County = 3,
    ZipPostalCode = 6
}
