using System.Text;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Import;

namespace Nop.Plugin.Inventory.Backorders.Tests.Import;

public class MagentoBackordersTests
{
    [TestCase(0, BackorderMode.NoBackorders)]
    [TestCase(1, BackorderMode.AllowQtyBelow0)]
    [TestCase(2, BackorderMode.AllowQtyBelow0AndNotifyCustomer)]
    public void Maps_Magentos_numbering_by_meaning_both_ways(int magento, BackorderMode mode)
    {
        MagentoBackorders.ToMode(magento).Should().Be(mode);
        MagentoBackorders.FromMode(mode).Should().Be(magento);
    }

    [TestCase(-1)]
    [TestCase(3)]
    public void Refuses_other_numbers(int magento) => MagentoBackorders.ToMode(magento).Should().BeNull();
}

public class StockHeaderTests
{
    [TestCase("sku", StockField.Sku)]
    [TestCase("SKU", StockField.Sku)]
    [TestCase("qty", StockField.Quantity)]
    [TestCase("StockQuantity", StockField.Quantity)]
    [TestCase("min_qty", StockField.MinimumQuantity)]
    [TestCase("out_of_stock_qty", StockField.MinimumQuantity)]
    [TestCase("MinStockQuantity", StockField.MinimumQuantity)]
    [TestCase("backorders", StockField.Backorders)]
    [TestCase("allow_backorders", StockField.Backorders)]
    [TestCase("BackorderMode", StockField.Backorders)]
    [TestCase("BackorderModeId", StockField.Backorders)]
    [TestCase("use_config_backorders", StockField.UseDefaultBackorders)]
    [TestCase("UseDefaultBackorders", StockField.UseDefaultBackorders)]
    [TestCase("manage_stock", StockField.ManageStock)]
    [TestCase("use_config_manage_stock", StockField.UseConfigManageStock)]
    [TestCase("ManageInventoryMethod", StockField.ManageInventoryMethod)]
    [TestCase("ManageInventoryMethodId", StockField.ManageInventoryMethod)]
    [TestCase("is_in_stock", StockField.IsInStock)]
    [TestCase("use_config_min_qty", StockField.UseConfigMinimumQuantity)]
    [TestCase("AllowBackInStockSubscriptions", StockField.AllowBackInStockSubscriptions)]
    [TestCase("BackorderLimit", StockField.BackorderLimit)]
    [TestCase("ExpectedRestockDate", StockField.ExpectedRestockDate)]
    [TestCase("store_view_code", StockField.StoreView)]
    [TestCase("_store", StockField.StoreView)]
    [TestCase(" Qty ", StockField.Quantity)]
    public void Reads_every_spelling_case_insensitively(string header, StockField field)
    {
        var read = StockHeader.Read(new[] { "sku", header }.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        read.Issues.Should().BeEmpty();
        read.Has(field).Should().BeTrue();
    }

    [Test]
    public void Unknown_columns_are_one_warning_each_not_errors()
    {
        var read = StockHeader.Read(["name", "sku", "price", "qty"]);
        read.IsUsable.Should().BeTrue();
        read.Issues.Select(i => i.ToString()).Should().Equal("1|name|Import.Warnings.ColumnIgnored", "1|price|Import.Warnings.ColumnIgnored");
        read[StockField.Quantity].Index.Should().Be(3);
    }

    [Test]
    public void Two_spellings_of_one_field_are_an_error() =>
        StockHeader.Read(["sku", "qty", "StockQuantity"]).Issues.Select(i => i.ToString()).Should().Equal("1|StockQuantity|Import.Errors.ColumnTwice");

    [Test]
    public void No_sku_column_is_an_error() =>
        StockHeader.Read(["qty"]).Issues.Select(i => i.ToString()).Should().Equal("1|sku|Import.Errors.NoSkuColumn");
}

public class StockValuesTests
{
    [TestCase("5", 5)]
    [TestCase("-5", -5)]
    [TestCase("100.0000", 100)]
    [TestCase("+7", 7)]
    [TestCase("0", 0)]
    public void Whole_numbers(string text, int expected)
    {
        StockValues.TryWholeNumber(text, out var value, out _).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestCase("1.5", ImportMessages.NotWholeNumber)]
    [TestCase("ten", ImportMessages.NotWholeNumber)]
    [TestCase("1,000", ImportMessages.NotWholeNumber)]
    [TestCase("99999999999", ImportMessages.OutOfRange)]
    [TestCase("-99999999999", ImportMessages.OutOfRange)]
    [TestCase("1e20", ImportMessages.OutOfRange)]
    public void Not_whole_numbers(string text, string error)
    {
        StockValues.TryWholeNumber(text, out _, out var key).Should().BeFalse();
        key.Should().Be(error);
    }

    [TestCase("1", true)]
    [TestCase("TRUE", true)]
    [TestCase("yes", true)]
    [TestCase("0", false)]
    [TestCase("False", false)]
    [TestCase("no", false)]
    public void Yes_no(string text, bool expected)
    {
        StockValues.TryYesNo(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestCase("2", BackorderMode.AllowQtyBelow0AndNotifyCustomer)]
    [TestCase("AllowQtyBelow0", BackorderMode.AllowQtyBelow0)]
    [TestCase("nobackorders", BackorderMode.NoBackorders)]
    public void Backorders(string text, BackorderMode expected)
    {
        StockValues.TryBackorders(text, out var mode).Should().BeTrue();
        mode.Should().Be(expected);
    }

    [TestCase("3")]
    [TestCase("-1")]
    [TestCase("yes")]
    [TestCase("1.0")]
    public void Not_backorders(string text) => StockValues.TryBackorders(text, out _).Should().BeFalse();

    [TestCase("2026-12-24")]
    [TestCase("2026-12-24T15:00:00Z")]
    [TestCase("2026-12-24 08:00:00")]
    public void Iso_dates(string text)
    {
        StockValues.TryDate(text, out var date).Should().BeTrue();
        date.Should().Be(new DateTime(2026, 12, 24, 0, 0, 0, DateTimeKind.Utc));
    }

    [TestCase("24/12/2026")]
    [TestCase("12/24/2026")]
    [TestCase("tomorrow")]
    public void Not_iso_dates(string text) => StockValues.TryDate(text, out _).Should().BeFalse();
}

public class StockChangePlanTests
{
    private static readonly DateTime Today = new(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);

    private static StockRow Row(string header, string cells, BackorderMode defaultMode = BackorderMode.NoBackorders) =>
        StockRow.Read(2, cells.Split(','), StockHeader.Read(header.Split(',')), Today, defaultMode);

    private static readonly ProductStock Current = new()
    {
        Id = 1, Sku = "A", StockQuantity = 0, ManageInventoryMethod = ManageInventoryMethod.ManageStock, BackorderMode = BackorderMode.NoBackorders,
        DisableBuyButton = true, DisableWishlistButton = true, Published = true, RecordId = 9, UsesDefaultPolicy = true,
        LowStockFlags = LowStockFlags.BuyButtonDisabled
    };

    [TestCase("sku,backorders", "A,2", false, BackorderMode.AllowQtyBelow0AndNotifyCustomer, TestName = "backorders alone: the product's own choice")]
    [TestCase("sku,backorders,use_config_backorders", "A,2,0", false, BackorderMode.AllowQtyBelow0AndNotifyCustomer, TestName = "use_config_backorders=0: the backorders column")]
    [TestCase("sku,backorders,use_config_backorders", "A,2,1", true, BackorderMode.AllowQtyBelow0, TestName = "use_config_backorders=1 wins: the store default")]
    [TestCase("sku,use_config_backorders", "A,1", true, BackorderMode.AllowQtyBelow0, TestName = "use_config_backorders=1 alone")]
    [TestCase("sku,use_config_backorders", "A,0", false, BackorderMode.NoBackorders, TestName = "use_config_backorders=0 alone keeps the carried policy as own")]
    [TestCase("sku,qty", "A,5", true, BackorderMode.NoBackorders, TestName = "no policy column: unchanged")]
    public void Policy_columns(string header, string cells, bool usesDefault, BackorderMode policy)
    {
        var change = ProductStockChange.Plan(Row(header, cells, BackorderMode.AllowQtyBelow0), Current, BackorderMode.AllowQtyBelow0);
        var expectedPolicy = header.Contains("backorders") ? policy : Current.BackorderMode;
        (change.After.UsesDefaultPolicy, change.After.BackorderMode).Should().Be((usesDefault, expectedPolicy));
    }

    [Test]
    public void A_policy_that_allows_backorders_lifts_the_activitys_flags()
    {
        var change = ProductStockChange.Plan(Row("sku,backorders", "A,1"), Current, BackorderMode.NoBackorders);
        (change.After.DisableBuyButton, change.After.DisableWishlistButton, change.After.LowStockFlags).Should().Be((false, false, LowStockFlags.None));
    }

    [Test]
    public void Is_in_stock_0_leaves_it_to_stock()
    {
        var change = ProductStockChange.Plan(Row("sku,is_in_stock", "A,0"), Current, BackorderMode.NoBackorders);
        change.Changed.Should().BeFalse();
    }

    [Test]
    public void Is_in_stock_1_lifts_without_a_policy_change()
    {
        var change = ProductStockChange.Plan(Row("sku,is_in_stock", "A,1"), Current, BackorderMode.NoBackorders);
        (change.After.DisableBuyButton, change.After.BackorderMode).Should().Be((false, BackorderMode.NoBackorders));
    }

    [Test]
    public void Applying_the_planned_state_again_changes_nothing()
    {
        var row = Row("sku,qty,backorders,is_in_stock,min_qty", "A,4,2,1,1");
        var first = ProductStockChange.Plan(row, Current, BackorderMode.NoBackorders);
        ProductStockChange.Plan(row, first.After, BackorderMode.NoBackorders).Changed.Should().BeFalse();
    }

    [TestCase("manage_stock", "1", ManageInventoryMethod.DontManageStock, ManageInventoryMethod.ManageStock)]
    [TestCase("manage_stock", "1", ManageInventoryMethod.ManageStockByAttributes, ManageInventoryMethod.ManageStockByAttributes)]
    [TestCase("manage_stock", "0", ManageInventoryMethod.ManageStockByAttributes, ManageInventoryMethod.DontManageStock)]
    [TestCase("use_config_manage_stock", "1", ManageInventoryMethod.DontManageStock, ManageInventoryMethod.ManageStock)]
    [TestCase("use_config_manage_stock", "0", ManageInventoryMethod.DontManageStock, ManageInventoryMethod.DontManageStock)]
    [TestCase("ManageInventoryMethod", "2", ManageInventoryMethod.DontManageStock, ManageInventoryMethod.ManageStockByAttributes)]
    public void Manage_inventory(string column, string value, ManageInventoryMethod current, ManageInventoryMethod expected) =>
        ProductStockChange.ManageInventory(Row("sku," + column, "A," + value), current).Should().Be(expected);

    [Test]
    public void Use_config_min_qty_1_leaves_the_minimum()
    {
        var change = ProductStockChange.Plan(Row("sku,min_qty,use_config_min_qty", "A,5,1"), Current with { MinStockQuantity = 2 }, BackorderMode.NoBackorders);
        change.After.MinStockQuantity.Should().Be(2);
    }

    [Test]
    public void A_combination_takes_its_own_value_or_follows_its_product()
    {
        var combination = new CombinationStock { Id = 3, ProductId = 1, StockQuantity = 0, ProductBackorderMode = BackorderMode.AllowQtyBelow0 };
        var own = CombinationStockChange.Plan(Row("sku,backorders", "A,0"), combination with { AllowOutOfStockOrders = true });
        (own.After.HasOwnSetting, own.After.AllowOutOfStockOrders).Should().Be((true, false));
        var follows = CombinationStockChange.Plan(Row("sku,use_config_backorders", "A,1"), own.After);
        (follows.After.HasOwnSetting, follows.After.AllowOutOfStockOrders).Should().Be((false, true));
    }

    [Test]
    public void Row_without_stock_values_carries_no_stock() =>
        Row("sku,store_view_code,qty", "A,de,").CarriesStock.Should().BeFalse();

    [Test]
    public void Exported_formula_sku_reads_back() => SafeCsv.Restore("'=A1").Should().Be("=A1");
}

public class CsvFormatTests
{
    [TestCase("sku,qty", ',')]
    [TestCase("sku;qty;min_qty", ';')]
    [TestCase("sku\tqty", '\t')]
    [TestCase("\"a;b\",sku", ',')]
    [TestCase("sku", ',')]
    public void Delimiter_from_the_header(string header, char expected) => StockCsvFile.DetectDelimiter(header).Should().Be(expected);

    [Test]
    public void Encodings()
    {
        StockCsvFile.DetectEncoding("sku\nCAFÉ"u8, out _).WebName.Should().Be("utf-8");
        StockCsvFile.DetectEncoding(StockCsvFile.Windows1252.GetBytes("sku\nCAFÉ €"), out _).CodePage.Should().Be(1252);
        StockCsvFile.DetectEncoding(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'s' }, out var bom).WebName.Should().Be("utf-8");
        bom.Should().Be(3);
    }

    [Test]
    public void Binary_is_not_csv()
    {
        StockCsvFile.Detect("PK\u0003\u0004abc"u8).Should().BeNull();
        StockCsvFile.Detect(new byte[] { 1, 2, 0, 4 }).Should().BeNull();
        StockCsvFile.Detect("sku,qty\n"u8).Should().NotBeNull();
    }
}

public class SafeCsvTests
{
    [TestCase("=1+2", "'=1+2")]
    [TestCase("+1", "'+1")]
    [TestCase("-1", "'-1")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tx", "\"'\tx\"")]
    [TestCase("\rx", "\"'\rx\"")]
    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    public void Neutralises_formulas_and_quotes_when_needed(string value, string expected) => SafeCsv.Cell(value).Should().Be(expected);

    [Test]
    public async Task The_report_neutralises_every_value_from_the_file()
    {
        await using var report = new StringWriter();
        await ImportReportWriter.WriteAsync(report, [(ImportIssue.Error(2, "qty", "=cmd|' /C calc'!A0", ImportMessages.NotWholeNumber), "Column 'qty' must be a whole number.")],
            ["Line", "Column", "Value", "Severity", "Message"]);
        var text = report.ToString();
        text.Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries)[1].Should().Be("2,qty,'=cmd|' /C calc'!A0,error,Column 'qty' must be a whole number.");
    }
}
