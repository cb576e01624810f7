using System.Text.RegularExpressions;
using Nop.Plugin.Inventory.Backorders.Tests.Packaging;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

/// <summary>
/// The admin blocks read as part of nopCommerce: its tag helpers render labels (with the "?" hint), selects and editors,
/// and the field names come from the model (asp-for), never typed by hand.
/// </summary>
public class AdminViewTests
{
    private static string View(string name) =>
        File.ReadAllText(Path.Combine(PackagingPaths.RepositoryRoot, PackagingPaths.PluginProject, "Views", name));

    [TestCase("ProductBackorderPolicy.cshtml")]
    [TestCase("CatalogSettingsBackorder.cshtml")]
    [TestCase("CombinationBackorder.cshtml")]
    [TestCase("Configure.cshtml")]
    public void Fields_render_with_nopCommerces_tag_helpers(string view)
    {
        var text = View(view);

        text.Should().NotContain("<label", "nop-label renders the label and its hint");
        text.Should().NotContain("<select", "nop-select renders selects");
        Regex.IsMatch(text, @"<input(?![^>]*type=""hidden"")").Should().BeFalse("nop-editor renders inputs; only hidden markers are plain");
        Regex.IsMatch(text, @"<(input|select|textarea)[^>]*\sname=").Should().BeFalse("field names come from asp-for");
        text.Should().NotContain("<p>", "nopCommerce's own fields carry no explanatory sentence; hints do that");
        text.Should().NotContain("<strong>").And.NotContain("<b>");
        Regex.Matches(text, "<nop-label ").Count.Should().BeGreaterThan(0);
    }

    [TestCase("ProductBackorderPolicy.cshtml")]
    [TestCase("CatalogSettingsBackorder.cshtml")]
    [TestCase("CombinationBackorder.cshtml")]
    [TestCase("Configure.cshtml")]
    public void Every_field_row_is_a_label_with_its_hint_beside_the_field_as_in_nopCommerce(string view)
    {
        // nopCommerce's settings rows: <div class="form-group row"><div class="col-md-3"><nop-label/></div><div class="col-md-9">…
        // (its combination popup: col-sm-4 / col-sm-8)
        // (lists inside a field, such as the document columns, sit in the col-md-9 of their one row).
        var rows = Regex.Split(View(view), @"<div class=""form-group row""").Skip(1).ToList();

        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var head = row.Length > 400 ? row[..400] : row;
            var isButtonRow = Regex.IsMatch(head, @"^[^<]*>\s*<div class=""col-md-9 offset-md-3""");
            if (isButtonRow)
                continue;
            head.Should().MatchRegex(@"^[^<]*>\s*<div class=""col-(md-3|sm-4)"">\s*<nop-label ", "each row opens with its label");
            row.Should().MatchRegex(@"<div class=""col-(md-9|sm-8)", "the field sits beside it (nopCommerce's col-md-9; col-sm-8 in its combination popup)");
        }
    }

    [Test]
    public void The_product_block_follows_the_inventory_method_not_nopCommerces_advanced_backorders_row()
    {
        var text = View("ProductBackorderPolicy.cshtml");

        text.Should().NotContain("advanced-setting");
        text.Should().Contain("#ManageInventoryMethodId");
        text.Should().Contain("ManageInventoryMethod.ManageStockByAttributes").And.Contain("ManageInventoryMethod.DontManageStock");
        // nopCommerce's own select stays in the form, hidden: one visible control.
        text.Should().Contain("nopRow.hide()");
    }
}
