namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>
/// A product copy in progress (<see cref="BackorderCopyProductService"/>): the product and combinations nopCommerce
/// inserts for the copy carry the source's values, so the inserted/updated consumers leave them alone and the copy gets
/// the source's records once it is complete. Held in an AsyncLocal: it flows into the calls the copy makes, needs no
/// HttpContext (copies made by other plugins or tasks) and a nested copy (a grouped product's associated products)
/// has its own.
/// </summary>
public sealed class ProductCopy : IDisposable
{
    private static readonly AsyncLocal<ProductCopy> _current = new();

    private readonly ProductCopy _outer;

    private ProductCopy(int sourceProductId)
    {
        SourceProductId = sourceProductId;
        _outer = _current.Value;
        _current.Value = this;
    }

    public int SourceProductId { get; }

    /// <summary>The copy's id, once nopCommerce has inserted it (0 before).</summary>
    public int CopyProductId { get; private set; }

    public static ProductCopy Begin(int sourceProductId) => new(sourceProductId);

    /// <summary>The first product inserted while copying is the copy: true when <paramref name="productId"/> is it.</summary>
    public static bool Claim(int productId)
    {
        if (_current.Value is not { CopyProductId: 0 } copy)
            return false;

        copy.CopyProductId = productId;
        return true;
    }

    /// <summary>True while <paramref name="productId"/> is a copy being made.</summary>
    public static bool IsInProgress(int productId) => productId != 0 && _current.Value?.CopyProductId == productId;

    public void Dispose() => _current.Value = _outer;
}
