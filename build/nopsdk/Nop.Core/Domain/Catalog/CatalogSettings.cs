using Nop.Core.Configuration;

namespace Nop.Core.Domain.Catalog;

// Inventory-relevant subset of the nopCommerce settings class.
public partial class CatalogSettings : ISettings
{
    public bool PublishBackProductWhenCancellingOrders { get; set; }
    public bool ShowSkuOnProductDetailsPage { get; set; }
    public AttributeValueOutOfStockDisplayType AttributeValueOutOfStockDisplayType { get; set; }
}
