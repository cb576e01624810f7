using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Infrastructure;

public class NopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => BackorderSqlDialect.For(DataSettingsManager.LoadSettings().DataProvider));
        services.AddSingleton<BackorderStatements>();
        services.AddScoped<IAtomicStockService, AtomicStockService>();
        services.AddScoped<IBackorderPolicyService, BackorderPolicyService>();
        services.AddScoped<IBackorderInventoryService, BackorderInventoryService>();
        services.AddScoped<ICartBackorderNoteService, CartBackorderNoteService>();
        services.AddScoped<IBackordersInstalled, BackordersInstalled>();
        services.AddScoped<ProductServiceOverrides>();
        services.AddScoped<CartBackorderLimit>();
        services.AddScoped<StorefrontWidgetModels>();

        // Last registration wins: the storefront's stock messages, low-stock activity, stock changes and cart limit.
        services.AddScoped<Nop.Services.Catalog.IProductService, BackorderProductService>();
        services.AddScoped<Nop.Services.Orders.IShoppingCartService, BackorderShoppingCartService>();
        // Copies carry the plugin's records (policy choice, limit, restock date, combinations that keep their own value).
        services.AddScoped<Nop.Services.Catalog.ICopyProductService, BackorderCopyProductService>();
        services.AddScoped<IBackorderModelFactory, BackorderModelFactory>();
        services.AddScoped<IOpenBackordersService, OpenBackordersService>();
        services.AddScoped<IOpenBackordersModelFactory, OpenBackordersModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    // After nopCommerce's own registrations (2000) and the site's overrides (3001), so the plugin's overrides win.
    public int Order => 3002;
}
