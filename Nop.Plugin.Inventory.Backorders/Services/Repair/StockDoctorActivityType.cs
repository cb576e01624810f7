using Nop.Core.Domain.Logging;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Infrastructure;

namespace Nop.Plugin.Inventory.Backorders.Services.Repair;

/// <summary>
/// The activity-log type of the stock doctor's fixes (<see cref="BackordersDefaults.StockDoctorActivityType"/>):
/// nopCommerce logs an activity only when its type exists and is enabled, so the plugin adds it on install and removes it
/// on uninstall (the entries logged stay, as nopCommerce keeps those of deleted types' customers). Inserted and deleted
/// through the repository, so nopCommerce's cache of activity types is cleared by its entity events.
/// </summary>
public static class StockDoctorActivityType
{
    public static async Task InstallAsync(IRepository<ActivityLogType> repository)
    {
        var existing = await repository.GetAllAsync(query => query.Where(t => t.SystemKeyword == BackordersDefaults.StockDoctorActivityType));
        if (existing.Count > 0)
            return;

        await repository.InsertAsync(new ActivityLogType
        {
            SystemKeyword = BackordersDefaults.StockDoctorActivityType,
            Name = BackordersLocaleResources.English[BackordersDefaults.ResourcePrefix + "Doctor.ActivityType"],
            Enabled = true
        });
    }

    public static async Task UninstallAsync(IRepository<ActivityLogType> repository)
    {
        var existing = await repository.GetAllAsync(query => query.Where(t => t.SystemKeyword == BackordersDefaults.StockDoctorActivityType));
        if (existing.Count > 0)
            await repository.DeleteAsync(existing);
    }
}
