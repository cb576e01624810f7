using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Inventory.Backorders.Infrastructure;

public class RouteProvider : IRouteProvider
{
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(BackordersDefaults.ConfigurationRouteName, "Admin/Backorders/Configure",
            new { controller = "Backorders", action = "Configure", area = AreaNames.ADMIN });
        endpointRouteBuilder.MapControllerRoute(BackordersDefaults.StockDoctorRouteName, "Admin/Backorders/StockDoctor",
            new { controller = "Repair", action = "StockDoctor", area = AreaNames.ADMIN });
        endpointRouteBuilder.MapControllerRoute(BackordersDefaults.OpenBackordersRouteName, "Admin/OpenBackorders/List",
            new { controller = "OpenBackorders", action = "List", area = AreaNames.ADMIN });
    }

    public int Priority => 0;
}
