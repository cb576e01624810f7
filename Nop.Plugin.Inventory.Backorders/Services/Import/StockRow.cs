using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>
/// One data row of a stock file, read: the SKU and the value of every field whose cell is not empty. An empty cell
/// leaves the field as it is, exactly like a column that is not in the file ("Append Complex Data").
/// </summary>
public sealed class StockRow
{
    public int Line { get; init; }
    public string Sku { get; init; }
    public bool? IsInStock { get; set; }
    public bool? ManageStock { get; set; }
    public bool? UseConfigManageStock { get; set; }
    public ManageInventoryMethod? ManageInventoryMethod { get; set; }
    public BackorderMode? Backorders { get; set; }
    public bool? UseDefaultBackorders { get; set; }
    public int? Quantity { get; set; }
    public int? MinimumQuantity { get; set; }
    public bool? UseConfigMinimumQuantity { get; set; }
    public bool? AllowBackInStockSubscriptions { get; set; }
    public int? BackorderLimit { get; set; }
    public DateTime? ExpectedRestockDate { get; set; }
    public string StoreView { get; set; }
    public List<ImportIssue> Issues { get; } = [];

    public bool HasErrors => Issues.Any(i => i.IsError);

    /// <summary>Whether any stock field has a value (a row of another store view, or a Magento 1 continuation row, has none).</summary>
    public bool CarriesStock => IsInStock.HasValue || ManageStock.HasValue || UseConfigManageStock.HasValue || ManageInventoryMethod.HasValue ||
        Backorders.HasValue || UseDefaultBackorders.HasValue || Quantity.HasValue || MinimumQuantity.HasValue || UseConfigMinimumQuantity.HasValue ||
        AllowBackInStockSubscriptions.HasValue || BackorderLimit.HasValue || ExpectedRestockDate.HasValue;

    /// <summary>
    /// Reads the cells of one row. <paramref name="today"/> (UTC) refuses restock dates that have passed, as the product form does;
    /// <paramref name="defaultMode"/> tells whether a backorders value beside use_config_backorders=1 contradicts it.
    /// </summary>
    public static StockRow Read(int line, IReadOnlyList<string> cells, StockHeader header, DateTime today, BackorderMode defaultMode)
    {
        string Cell(StockField field) =>
            header[field] is { } column && column.Index < cells.Count ? (cells[column.Index] ?? string.Empty).Trim() : string.Empty;

        // The export writes a SKU that starts like a formula with a leading apostrophe: read back as it was.
        var row = new StockRow { Line = line, Sku = SafeCsv.Restore(Cell(StockField.Sku)), StoreView = Cell(StockField.StoreView) };

        foreach (var column in header.Columns)
        {
            var text = Cell(column.Field);
            if (text.Length == 0 || column.Field is StockField.Sku or StockField.StoreView)
                continue;

            void Fail(string key) => row.Issues.Add(ImportIssue.Error(line, column.Header, text, key, column.Header, text));

            switch (column.Field)
            {
                case StockField.IsInStock or StockField.ManageStock or StockField.UseConfigManageStock or StockField.UseDefaultBackorders
                    or StockField.UseConfigMinimumQuantity or StockField.AllowBackInStockSubscriptions:
                    if (!StockValues.TryYesNo(text, out var yes))
                    {
                        Fail(ImportMessages.NotYesNo);
                        break;
                    }

                    switch (column.Field)
                    {
                        case StockField.IsInStock: row.IsInStock = yes; break;
                        case StockField.ManageStock: row.ManageStock = yes; break;
                        case StockField.UseConfigManageStock: row.UseConfigManageStock = yes; break;
                        case StockField.UseDefaultBackorders: row.UseDefaultBackorders = yes; break;
                        case StockField.UseConfigMinimumQuantity: row.UseConfigMinimumQuantity = yes; break;
                        default: row.AllowBackInStockSubscriptions = yes; break;
                    }

                    break;
                case StockField.Quantity or StockField.MinimumQuantity or StockField.BackorderLimit:
                    if (!StockValues.TryWholeNumber(text, out var number, out var error))
                    {
                        Fail(error);
                        break;
                    }

                    // Stock may be below 0 (backorders); a minimum or a limit may not.
                    if (number < 0 && column.Field != StockField.Quantity)
                    {
                        Fail(ImportMessages.Negative);
                        break;
                    }

                    if (column.Field == StockField.Quantity) row.Quantity = number;
                    else if (column.Field == StockField.MinimumQuantity) row.MinimumQuantity = number;
                    else row.BackorderLimit = number;
                    break;
                case StockField.Backorders:
                    if (StockValues.TryBackorders(text, out var mode))
                        row.Backorders = mode;
                    else
                        Fail(ImportMessages.Backorders);
                    break;
                case StockField.ManageInventoryMethod:
                    if (StockValues.TryManageInventoryMethod(text, out var method))
                        row.ManageInventoryMethod = method;
                    else
                        Fail(ImportMessages.ManageInventoryMethod);
                    break;
                case StockField.ExpectedRestockDate:
                    if (!StockValues.TryDate(text, out var date))
                        Fail(ImportMessages.NotDate);
                    else if (date < today.Date)
                        Fail(ImportMessages.DatePassed);
                    else
                        row.ExpectedRestockDate = date;
                    break;
            }
        }

        row.CheckContradictions(header, defaultMode);
        return row;
    }

    private void CheckContradictions(StockHeader header, BackorderMode defaultMode)
    {
        // Magento's reading: use_config_backorders=1 makes Magento ignore the backorders value; the product follows the default.
        if (UseDefaultBackorders == true && Backorders is { } given && given != defaultMode)
        {
            var column = header[StockField.Backorders];
            Issues.Add(ImportIssue.Warning(Line, column.Header, MagentoBackorders.FromMode(given).ToString(), ImportMessages.UseDefaultWins,
                header[StockField.UseDefaultBackorders].Header, column.Header));
        }

        if (UseConfigManageStock == true && ManageStock == false)
        {
            var column = header[StockField.ManageStock];
            Issues.Add(ImportIssue.Warning(Line, column.Header, "0", ImportMessages.UseConfigManageStockWins,
                header[StockField.UseConfigManageStock].Header, column.Header));
        }

        // Magento's switch and nopCommerce's method must say the same about whether stock is managed.
        if (ManageStock is { } manage && ManageInventoryMethod is { } method &&
            manage != (method != Nop.Core.Domain.Catalog.ManageInventoryMethod.DontManageStock))
        {
            var column = header[StockField.ManageInventoryMethod];
            Issues.Add(ImportIssue.Error(Line, column.Header, method.ToString(), ImportMessages.ManageStockContradiction,
                header[StockField.ManageStock].Header, column.Header));
        }
    }
}
