using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Catalog;

// Inventory-relevant subset of the nopCommerce entity; plain data members as in nopCommerce.
public partial class Product : BaseEntity, ILocalizedEntity
{
    public int ProductTypeId { get; set; }
    public int ParentGroupedProductId { get; set; }
    public bool VisibleIndividually { get; set; }
    public string Name { get; set; }
    public int VendorId { get; set; }
    public string Sku { get; set; }
    public bool IsShipEnabled { get; set; }
    public int ManageInventoryMethodId { get; set; }
    public int ProductAvailabilityRangeId { get; set; }
    public bool UseMultipleWarehouses { get; set; }
    public int WarehouseId { get; set; }
    public int StockQuantity { get; set; }
    public bool DisplayStockAvailability { get; set; }
    public bool DisplayStockQuantity { get; set; }
    public int MinStockQuantity { get; set; }
    public int LowStockActivityId { get; set; }
    public int NotifyAdminForQuantityBelow { get; set; }
    public int BackorderModeId { get; set; }
    public bool AllowBackInStockSubscriptions { get; set; }
    public int OrderMinimumQuantity { get; set; }
    public int OrderMaximumQuantity { get; set; }
    public bool AllowAddingOnlyExistingAttributeCombinations { get; set; }
    public bool DisableBuyButton { get; set; }
    public bool DisableWishlistButton { get; set; }
    public bool Published { get; set; }
    public bool Deleted { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public DateTime UpdatedOnUtc { get; set; }

    public ProductType ProductType
    {
        get => (ProductType)ProductTypeId;
        set => ProductTypeId = (int)value;
    }

    public BackorderMode BackorderMode
    {
        get => (BackorderMode)BackorderModeId;
        set => BackorderModeId = (int)value;
    }

    public LowStockActivity LowStockActivity
    {
        get => (LowStockActivity)LowStockActivityId;
        set => LowStockActivityId = (int)value;
    }

    public ManageInventoryMethod ManageInventoryMethod
    {
        get => (ManageInventoryMethod)ManageInventoryMethodId;
        set => ManageInventoryMethodId = (int)value;
    }
}
