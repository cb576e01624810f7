namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

public class BackorderNoticeService : IBackorderNoticeService
{
    public Task OrderPlacedAsync(int orderId) => Task.CompletedTask;

    public Task LinesFilledAsync(int orderId) => Task.CompletedTask;
}
