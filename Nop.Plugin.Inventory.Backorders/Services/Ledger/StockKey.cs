namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// Whose stock a ledger line waits for: the product's (one warehouse, or all its warehouses together: Σ stock − Σ reserved)
/// or, for products that keep stock per attribute combination, the combination's.
/// </summary>
public readonly record struct StockKey(int ProductId, int? CombinationId)
{
    public static StockKey Product(int productId) => new(productId, null);

    public static StockKey Combination(int productId, int combinationId) => new(productId, combinationId);

    public override string ToString() => CombinationId is { } c ? $"product #{ProductId}, combination #{c}" : $"product #{ProductId}";
}
