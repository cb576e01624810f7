namespace Nop.Services.Security;

public partial class StandardPermission
{
    public partial class Catalog
    {
        public const string PRODUCTS_VIEW = "Catalog.ProductsView";
        public const string PRODUCTS_CREATE_EDIT_DELETE = "Catalog.ProductsCreateEditDelete";
        public const string PRODUCTS_IMPORT_EXPORT = "Catalog.ProductsImportExport";
    }

    public partial class Orders
    {
        public const string ORDERS_VIEW = "Orders.OrdersView";
        public const string ORDERS_CREATE_EDIT_DELETE = "Orders.OrdersCreateEditDelete";
        public const string ORDERS_IMPORT_EXPORT = "Orders.OrdersImportExport";
        public const string SHIPMENTS_CREATE_EDIT_DELETE = "Orders.ShipmentsCreateEditDelete";
    }

    public partial class Configuration
    {
        public const string MANAGE_SETTINGS = "Configuration.ManageSettings";
        public const string MANAGE_PLUGINS = "Configuration.ManagePlugins";
    }
}
