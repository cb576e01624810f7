namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// An order line would take its stock past the backorder limit (checked in the same database step as the stock change,
/// so concurrent orders cannot pass it together). nopCommerce's order placement shows <see cref="Exception.Message"/>
/// (a locale resource) as a checkout error.
/// </summary>
public class BackorderLimitExceededException : Exception
{
    public BackorderLimitExceededException(int productId, string message) : base(message)
    {
        ProductId = productId;
    }

    public int ProductId { get; }
}
