namespace Nop.Web.Framework.Infrastructure;

// Zone names are plain data.
public static partial class PublicWidgetZones
{
    public static string OrderSummaryContentBefore => "order_summary_content_before";
    public static string ProductDetailsOverviewBottom => "productdetails_overview_bottom";
    public static string OrderDetailsProductLine => "orderdetails_product_line";
}
