namespace Nop.Web.Framework.Infrastructure;

// Zone names are plain data.
public static partial class AdminWidgetZones
{
    public static string CatalogSettingsDetailsBlock => "admin_catalog_settings_details_block";
    public static string ProductDetailsBlock => "admin_product_details_block";
    public static string ProductListButtons => "admin_product_list_buttons";
    public static string ProductAttributeCombinationDetailsBottom => "admin_product_attribute_combination_details_bottom";
    public static string OrderDetailsBlock => "admin_order_details_block";
    public static string OrderDetailsButtons => "admin_order_details_buttons";
    public static string OrderListButtons => "admin_order_list_buttons";
}
