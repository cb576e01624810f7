namespace Nop.Core.Http;

public static partial class NopRouteNames
{
    public static partial class Ajax
    {
        public const string PRODUCT_DETAILS_ATTRIBUTE_CHANGE = "ProductDetailsAttributeChange";
    }
}
