namespace Nop.Core.Domain.Catalog;

public enum BackorderMode
{
    NoBackorders = 0,
    AllowQtyBelow0 = 1,
    AllowQtyBelow0AndNotifyCustomer = 2
}

public enum ManageInventoryMethod
{
    DontManageStock = 0,
    ManageStock = 1,
    ManageStockByAttributes = 2
}

public enum LowStockActivity
{
    Nothing = 0,
    DisableBuyButton = 1,
    Unpublish = 2
}

public enum ProductType
{
    SimpleProduct = 5,
    GroupedProduct = 10
}
