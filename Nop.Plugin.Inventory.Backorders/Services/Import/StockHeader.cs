namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>What a column of a stock file sets. Spellings from Magento 1, Magento 2 and nopCommerce map to the same field.</summary>
public enum StockField
{
    Sku,
    /// <summary>1: make the product purchasable (lift the low-stock flags the low-stock activity set); 0: leave it to stock.</summary>
    IsInStock,
    /// <summary>Magento's manage_stock (1/0).</summary>
    ManageStock,
    /// <summary>Magento's use_config_manage_stock: 1 follows the store configuration (Magento's default: manage stock).</summary>
    UseConfigManageStock,
    /// <summary>nopCommerce's ManageInventoryMethod (0/1/2 or its name).</summary>
    ManageInventoryMethod,
    /// <summary>Magento's backorders / allow_backorders (0/1/2) or nopCommerce's BackorderMode (0/1/2 or its name).</summary>
    Backorders,
    /// <summary>Magento's use_config_backorders or the plugin's UseDefaultBackorders: 1 follows the store default.</summary>
    UseDefaultBackorders,
    /// <summary>Magento's qty or nopCommerce's StockQuantity.</summary>
    Quantity,
    /// <summary>Magento's min_qty / out_of_stock_qty or nopCommerce's MinStockQuantity.</summary>
    MinimumQuantity,
    /// <summary>Magento's use_config_min_qty: 1 leaves the minimum as it is (nopCommerce has no store-wide minimum).</summary>
    UseConfigMinimumQuantity,
    AllowBackInStockSubscriptions,
    BackorderLimit,
    ExpectedRestockDate,
    /// <summary>Magento 2's store_view_code / Magento 1's _store: a row for another store view carries no stock.</summary>
    StoreView
}

/// <summary>A column of the file the import reads: its 0-based position, its header as written and what it sets.</summary>
public sealed record StockColumn(int Index, string Header, StockField Field);

/// <summary>How the header row of a stock file reads: the known columns, the ignored ones and what makes the file unreadable.</summary>
public sealed record StockHeader(IReadOnlyList<StockColumn> Columns, IReadOnlyList<string> Ignored, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>
    /// Header spellings, compared case-insensitively. Magento 2's export renames some stock columns
    /// (its export field map: min_qty → out_of_stock_qty, backorders → allow_backorders); its import reads both.
    /// </summary>
    public static IReadOnlyDictionary<string, StockField> Spellings { get; } = new Dictionary<string, StockField>(StringComparer.OrdinalIgnoreCase)
    {
        ["sku"] = StockField.Sku,
        ["is_in_stock"] = StockField.IsInStock,
        ["manage_stock"] = StockField.ManageStock,
        ["use_config_manage_stock"] = StockField.UseConfigManageStock,
        ["ManageInventoryMethod"] = StockField.ManageInventoryMethod,
        ["ManageInventoryMethodId"] = StockField.ManageInventoryMethod,
        ["backorders"] = StockField.Backorders,
        ["allow_backorders"] = StockField.Backorders,
        ["BackorderMode"] = StockField.Backorders,
        ["BackorderModeId"] = StockField.Backorders,
        ["use_config_backorders"] = StockField.UseDefaultBackorders,
        ["UseDefaultBackorders"] = StockField.UseDefaultBackorders,
        ["qty"] = StockField.Quantity,
        ["StockQuantity"] = StockField.Quantity,
        ["min_qty"] = StockField.MinimumQuantity,
        ["out_of_stock_qty"] = StockField.MinimumQuantity,
        ["MinStockQuantity"] = StockField.MinimumQuantity,
        ["use_config_min_qty"] = StockField.UseConfigMinimumQuantity,
        ["AllowBackInStockSubscriptions"] = StockField.AllowBackInStockSubscriptions,
        ["BackorderLimit"] = StockField.BackorderLimit,
        ["ExpectedRestockDate"] = StockField.ExpectedRestockDate,
        ["store_view_code"] = StockField.StoreView,
        ["_store"] = StockField.StoreView
    };

    public StockColumn this[StockField field] => Columns.FirstOrDefault(c => c.Field == field);

    public bool Has(StockField field) => this[field] is not null;

    /// <summary>Reads the header row (line 1 of the file unless blank lines come first).</summary>
    public static StockHeader Read(IReadOnlyList<string> headers, int line = 1)
    {
        var columns = new List<StockColumn>();
        var ignored = new List<string>();
        var issues = new List<ImportIssue>();

        for (var i = 0; i < headers.Count; i++)
        {
            var header = (headers[i] ?? string.Empty).Trim();
            if (!Spellings.TryGetValue(header, out var field))
            {
                ignored.Add(header);
                issues.Add(ImportIssue.Warning(line, header, header, ImportMessages.ColumnIgnored, header));
                continue;
            }

            // Two columns giving the same field (e.g. qty and StockQuantity) would have to be reconciled on every row.
            if (columns.FirstOrDefault(c => c.Field == field) is { } first)
            {
                issues.Add(ImportIssue.Error(line, header, header, ImportMessages.ColumnTwice, header, first.Header));
                continue;
            }

            columns.Add(new StockColumn(i, header, field));
        }

        if (!columns.Any(c => c.Field == StockField.Sku))
            issues.Add(ImportIssue.Error(line, "sku", string.Join(",", headers), ImportMessages.NoSkuColumn));

        return new StockHeader(columns, ignored, issues);
    }

    public bool IsUsable => Issues.All(i => !i.IsError);
}
