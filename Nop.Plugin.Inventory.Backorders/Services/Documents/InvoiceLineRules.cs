namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>What nopCommerce's own invoice and packaging slip layout print of a line's backorder (level 1).</summary>
public static class InvoiceLineRules
{
    public const string BackorderedKey = BackordersDefaults.ResourcePrefix + "Documents.Pdf.Backordered";
    public const string StillOpenKey = BackordersDefaults.ResourcePrefix + "Documents.Pdf.StillOpen";
    public const string QuantityToFollowKey = BackordersDefaults.ResourcePrefix + "Documents.Pdf.QuantityToFollow";

    /// <summary>
    /// The lines printed under the product name on an invoice: "Backordered: n" when part of the line was backordered,
    /// and "Still open: n" once some of it was filled or cancelled. Locale resource key and number, in print order.
    /// </summary>
    public static IReadOnlyList<(string ResourceKey, int Quantity)> UnderName(int backordered, int filled, int cancelled)
    {
        if (backordered <= 0)
            return [];
        if (filled <= 0 && cancelled <= 0)
            return [(BackorderedKey, backordered)];
        return [(BackorderedKey, backordered), (StillOpenKey, Ledger.BackorderQuantities.Open(backordered, filled, cancelled))];
    }

    /// <summary>
    /// Units of a backordered line still to follow after a shipment: ordered less what this and the earlier shipments
    /// carry; null when nothing is to follow (the slip then prints nopCommerce's quantity alone).
    /// </summary>
    public static int? ToFollow(int ordered, int shippedUpToThisShipment)
    {
        var rest = ordered - shippedUpToThisShipment;
        return rest > 0 ? rest : null;
    }
}
