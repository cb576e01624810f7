using Nop.Plugin.Inventory.Backorders.Services.Documents;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

/// <summary>Sample data of the three documents (also what build/docs.sh renders for README).</summary>
public static class SampleDocuments
{
    public static readonly IReadOnlyList<DocumentColumn> AllColumns =
    [
        DocumentColumn.Name, DocumentColumn.Sku, DocumentColumn.Vendor, DocumentColumn.Price, DocumentColumn.Quantity,
        DocumentColumn.QuantityBackordered, DocumentColumn.QuantityOpen, DocumentColumn.Total
    ];

    public static DocumentTexts Texts(bool renamed = false) => new()
    {
        InvoiceHeaders = new Dictionary<DocumentColumn, string>
        {
            [DocumentColumn.Name] = "Name",
            [DocumentColumn.Sku] = "SKU",
            [DocumentColumn.Vendor] = "Vendor",
            [DocumentColumn.Price] = "Price",
            [DocumentColumn.Quantity] = renamed ? "Qty Ordered" : "Qty",
            [DocumentColumn.QuantityBackordered] = "Qty Backordered",
            [DocumentColumn.QuantityOpen] = "Still open",
            [DocumentColumn.Total] = "Total"
        },
        PackagingSlipHeaders = new Dictionary<DocumentColumn, string>
        {
            [DocumentColumn.Name] = "Name",
            [DocumentColumn.Sku] = "SKU",
            [DocumentColumn.Quantity] = "Qty shipped",
            [DocumentColumn.QuantityBackordered] = "Qty Backordered",
            [DocumentColumn.QuantityOpen] = "Still open"
        },
        PickListCreatedOn = "11/30/2026 9:00 AM"
    };

    public static InvoiceData Invoice(IReadOnlyList<DocumentLine> lines = null) => new()
    {
        OrderNumber = "1042",
        OrderDate = "Monday, November 30, 2026",
        StoreUrl = "https://shop.example.com",
        BillingAddress = ["Jane Miller", "12 Harbour Street, Bristol, BS1 4RN, United Kingdom", "+44 117 496 0000"],
        ShippingAddress = ["Jane Miller", "12 Harbour Street, Bristol, BS1 4RN, United Kingdom", "Ground"],
        Lines = lines ??
        [
            new("Garden bench", ["Colour: Green", "Size: 1.5 m"], "GB-150", "Oak & Co", "£120.00", 5, 2, 1, "£600.00"),
            new("Watering can", [], "WC-10", "Oak & Co", "£12.50", 3, 0, 0, "£37.50"),
            new("Hose reel", [], "HR-25", "Tools Ltd", "£30.00", 4, 4, 4, "£120.00")
        ],
        Totals = [("Sub-total", "£757.50"), ("Shipping", "£5.00"), ("Tax", "£152.50"), ("Order total", "£915.00")],
        Notes = [("11/30/2026 9:12 AM", "Two hose reels follow next week.")],
        FooterColumn1 = ["Example Garden Supplies", "12 Harbour Street, Bristol"],
        FooterColumn2 = ["VAT GB 123 4567 89", "support@shop.example.com"]
    };

    public static PackagingSlipData PackagingSlip() => new()
    {
        ShipmentNumber = "77",
        OrderNumber = "1042",
        ShippingAddress = ["Jane Miller", "12 Harbour Street, Bristol, BS1 4RN, United Kingdom", "Ground"],
        Lines =
        [
            new("Garden bench", ["Colour: Green"], "GB-150", null, null, 3, 2, 1, null),
            new("Watering can", [], "WC-10", null, null, 3, 0, 0, null)
        ]
    };

    public static PickListLine Line(string orderNumber, string sku, string name, int ordered, int inStock, int backordered, int open,
        string message = "", string warehouse = null, string attributes = "") =>
        new(orderNumber == null ? null : int.Parse(orderNumber), orderNumber, sku.GetHashCode() & 0xffff, null, sku, name, attributes,
            ordered, inStock, backordered, backordered - open, open, warehouse == null ? null : 1, warehouse, null, null, message);

    public static PickList PickList(PickListGrouping grouping = PickListGrouping.ByOrder, bool showWarehouse = true) => new(grouping,
        grouping == PickListGrouping.ByOrder
            ?
            [
                Line("1042", "GB-150", "Garden bench", 5, 3, 2, 1, "2 of the items you ordered are on backorder, and we only have 3 available right now", "Main", "Colour: Green"),
                Line("1042", "WC-10", "Watering can", 3, 40, 0, 0, "", "Main"),
                Line("1043", "HR-25", "Hose reel", 4, 0, 4, 4, "4 of the items you ordered are on backorder, and we only have 0 available right now", "North")
            ]
            :
            [
                Line(null, "GB-150", "Garden bench", 7, 3, 4, 3, "4 backordered", "Main"),
                Line(null, "HR-25", "Hose reel", 4, 0, 4, 4, "4 backordered", "North"),
                Line(null, "WC-10", "Watering can", 3, 40, 0, 0, "", "Main")
            ],
        showWarehouse, new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc));
}
