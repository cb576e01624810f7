namespace Nop.Core.Domain.Catalog;

public enum AttributeValueOutOfStockDisplayType
{
    Disable = 0,
    AlwaysDisplay = 1
}
