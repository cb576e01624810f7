namespace Nop.Plugin.Inventory.Backorders.Domain;

[Flags]
public enum LowStockFlags
{
    None = 0,
    BuyButtonDisabled = 1,
    Unpublished = 2
}
