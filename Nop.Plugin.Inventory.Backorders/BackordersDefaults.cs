namespace Nop.Plugin.Inventory.Backorders;

public static class BackordersDefaults
{
    public const string SystemName = "Inventory.Backorders";

    /// <summary>The plugin's admin menu entry (under Catalog); the configure page marks it active.</summary>
    public const string MenuSystemName = SystemName;

    public const string ConfigurationRouteName = "Plugin.Inventory.Backorders.Configure";

    /// <summary>The stock doctor page (Controllers/RepairController) and its admin menu entry, after the plugin's own.</summary>
    public const string StockDoctorRouteName = "Plugin.Inventory.Backorders.StockDoctor";

    public const string StockDoctorMenuSystemName = SystemName + ".StockDoctor";

    /// <summary>Views are referenced by path inside the plugin folder, which nopCommerce names after the SystemName.</summary>
    public const string OpenBackordersMenuSystemName = SystemName + ".OpenBackorders";

    public const string OpenBackordersRouteName = "Plugin.Inventory.Backorders.OpenBackorders";

    public const string ViewsPath = "~/Plugins/Inventory.Backorders/Views/";

    /// <summary>Every locale resource of the plugin starts with this, so uninstall removes them all by prefix.</summary>
    public const string ResourcePrefix = "Plugins.Inventory.Backorders.";

    public const string OrderItemBackorderTable = nameof(Domain.OrderItemBackorder);

    public const string ProductBackorderSettingTable = nameof(Domain.ProductBackorderSetting);

    public const string CombinationBackorderSettingTable = nameof(Domain.CombinationBackorderSetting);

    /// <summary>The activity-log type of a stock doctor fix (installed with the plugin, removed on uninstall).</summary>
    public const string StockDoctorActivityType = "Backorders.StockDoctorFix";

    public const string StockImportKeyTable = nameof(Domain.StockImportKey);

    public const string StockImportRowTable = nameof(Domain.StockImportRow);

    public const string StockImportJobTable = nameof(Domain.StockImportJob);
}
