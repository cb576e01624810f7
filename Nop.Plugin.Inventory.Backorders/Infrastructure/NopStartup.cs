using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Import;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Repair;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Infrastructure;

public class NopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => BackorderSqlDialect.For(DataSettingsManager.LoadSettings().DataProvider));
        services.AddSingleton<BackorderStatements>();
        services.AddSingleton(_ => LedgerStatements.For(DataSettingsManager.LoadSettings().DataProvider));
        services.AddScoped<IBackorderFillService, BackorderFillService>();
        services.AddScoped<IBackorderLifecycleService, BackorderLifecycleService>();
        services.AddScoped<IBackorderNoticeService, BackorderNoticeService>();
        services.AddScoped<LedgerWork>();
        services.AddSingleton<StockDoctorStatements>();
        services.AddScoped<IStockDoctorService, StockDoctorService>();
        services.AddScoped<IAtomicStockService, AtomicStockService>();
        services.AddScoped<IBackorderPolicyService, BackorderPolicyService>();
        services.AddScoped<IBackorderInventoryService, BackorderInventoryService>();
        services.AddScoped<ICartBackorderNoteService, CartBackorderNoteService>();
        services.AddScoped<IBackordersInstalled, BackordersInstalled>();
        services.AddScoped<ProductServiceOverrides>();
        services.AddScoped<AtomicCombinationWrite>();
        services.AddScoped<BackorderCaptures>();
        services.AddScoped<IBackorderLedgerService, BackorderLedgerService>();
        services.AddScoped<CartBackorderLimit>();
        services.AddScoped<CheckoutBackorderLimit>();
        services.AddScoped<StorefrontWidgetModels>();

        // Last registration wins: the storefront's stock messages, low-stock activity, stock changes and cart limit.
        services.AddScoped<Nop.Services.Catalog.IProductService, BackorderProductService>();
        services.AddScoped<Nop.Services.Orders.IShoppingCartService, BackorderShoppingCartService>();
        // The backorder limit checked on the database's stock right before the payment is processed.
        services.AddScoped<Nop.Services.Orders.IOrderProcessingService, BackorderOrderProcessingService>();
        // Leaves out the one combination write an atomic stock change already made.
        services.AddScoped<Nop.Services.Catalog.IProductAttributeService, BackorderProductAttributeService>();
        // Copies carry the plugin's records (policy choice, limit, restock date, combinations that keep their own value).
        services.AddScoped<Nop.Services.Catalog.ICopyProductService, BackorderCopyProductService>();
        services.AddScoped<IBackorderModelFactory, BackorderModelFactory>();
        services.AddScoped<IStockDoctorModelFactory, StockDoctorModelFactory>();
        // Stock CSV import and export (admin pages, integrators, scheduled tasks).
        services.AddScoped<IBackorderImportService, BackorderImportService>();
        services.AddScoped<IBackorderExportService, BackorderExportService>();
        services.AddScoped<IStockImportJobService, StockImportJobService>();
        services.AddSingleton<StockImportSignal>();
        services.AddHostedService<StockImportWorker>();
        services.AddScoped<IOpenBackordersService, OpenBackordersService>();
        services.AddScoped<IOpenBackordersModelFactory, OpenBackordersModelFactory>();
        // Documents: the pick list (integrators add tokens with their own IDocumentTokenProvider registrations).
        services.AddScoped<IPickListService, PickListService>();
        // nopCommerce's invoices and packaging slips with the ledger's figures (level 1), or the plugin's layout (level 2).
        services.AddScoped<BackorderInvoiceLines>();
        services.AddScoped<IQuantityHeaderService, QuantityHeaderService>();
        services.AddScoped<Nop.Services.Common.IPdfService, BackorderPdfService>();
        // The plugin's own PDFs (invoice with the chosen columns, packaging slip, pick list).
        services.AddScoped<IBackorderPdfService, BackorderLayoutPdfService>();
        // Documents: "ship what is in stock" (admin order page, integrators).
        services.AddScoped<IShipInStockService, ShipInStockService>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    // After nopCommerce's own registrations (2000) and the site's overrides (3001), so the plugin's overrides win.
    public int Order => 3002;
}
