namespace Nop.Web.Framework.Mvc.Routing;

// Subset the plugin calls.
public partial interface INopUrlHelper
{
    string RouteUrl(string routeName, object values = null, string protocol = null, string host = null, string fragment = null);
}
