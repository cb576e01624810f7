using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Localization;
using Nop.Plugin.Inventory.Backorders.Controllers;
using Nop.Plugin.Inventory.Backorders.Factories;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services.Documents;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

public class DocumentSettingsFormTests
{
    private static List<DocumentColumnPositionModel> Rows(params (string Column, int Position)[] rows) =>
        rows.Select(r => new DocumentColumnPositionModel { Column = r.Column, Position = r.Position }).ToList();

    private static IEnumerable<TestCaseData> ColumnCases()
    {
        yield return new TestCaseData(Rows(), null, new string[0]).SetName("{m}(no row posted: the stored choice stays)");
        yield return new TestCaseData(Rows(("Name", 0), ("Sku", 0)), "", new string[0]).SetName("{m}(all zero: nopCommerce's layout)");
        yield return new TestCaseData(Rows(("Name", 2), ("Sku", 1), ("QuantityBackordered", 3), ("Total", 0)), "Sku,Name,QuantityBackordered", new string[0]).SetName("{m}(by position)");
        yield return new TestCaseData(Rows(("Name", 1), ("Sku", 1), ("Price", 1)), "Name,Sku,Price", new string[0]).SetName("{m}(ties keep the page's order)");
        yield return new TestCaseData(Rows(("name", 1), ("QUANTITYOPEN", 2)), "Name,QuantityOpen", new string[0]).SetName("{m}(any case)");
        yield return new TestCaseData(Rows(("Name", 1), ("Secret", 2)), "Name", new[] { "Secret" }).SetName("{m}(forged name refused by name)");
        yield return new TestCaseData(Rows(("50", 1)), "", new[] { "50" }).SetName("{m}(a number is not a name)");
        yield return new TestCaseData(Rows(("Name", -1)), "", new[] { "Name" }).SetName("{m}(negative position)");
    }

    [TestCaseSource(nameof(ColumnCases))]
    public void Column_positions_become_the_stored_list(List<DocumentColumnPositionModel> posted, string stored, string[] refused)
    {
        var errors = new List<DocumentSettingsError>();

        DocumentSettingsForm.Columns(posted, "InvoiceColumns", errors).Should().Be(stored);

        errors.Select(e => e.OffendingText).Should().Equal(refused);
        errors.All(e => e.Field == "InvoiceColumns" && e.LabelResourceKey == BackordersDefaults.ResourcePrefix + "Fields.InvoiceColumns").Should().BeTrue();
    }

    [Test]
    public void The_page_offers_every_column_with_the_stored_ones_numbered() =>
        DocumentSettingsForm.Positions("QuantityBackordered,Name,Bogus").Should().Equal(
            (DocumentColumn.Name, 2), (DocumentColumn.Sku, 0), (DocumentColumn.Vendor, 0), (DocumentColumn.Price, 0),
            (DocumentColumn.Quantity, 0), (DocumentColumn.QuantityBackordered, 1), (DocumentColumn.QuantityOpen, 0), (DocumentColumn.Total, 0));

    [TestCase("ByOrder", PickListGrouping.ByOrder)]
    [TestCase("byproduct", PickListGrouping.ByProduct)]
    [TestCase("10", null)]
    [TestCase("ByWarehouse", null)]
    [TestCase("1; DROP", null)]
    public void The_grouping_is_read_by_name_only(string posted, PickListGrouping? expected)
    {
        var errors = new List<DocumentSettingsError>();

        DocumentSettingsForm.Grouping(posted, "PickListGrouping", errors).Should().Be(expected);

        errors.Should().HaveCount(expected is null ? 1 : 0);
        if (expected is null)
            errors[0].Should().Be(new DocumentSettingsError("PickListGrouping", BackordersDefaults.ResourcePrefix + "Fields.PickListGrouping",
                DocumentSettingsForm.UnknownGroupingKey, posted ?? ""));
    }
}

public class DocumentSettingsFormNotPostedTests
{
    [TestCase(null)]
    [TestCase("")]
    public void No_grouping_posted_keeps_the_stored_one(string posted)
    {
        var errors = new List<DocumentSettingsError>();

        DocumentSettingsForm.Grouping(posted, "PickListGrouping", errors).Should().BeNull();
        errors.Should().BeEmpty();
    }
}

public class DocumentSettingsControllerTests
{
    private Mock<ISettingService> _settings;
    private Mock<IBackorderModelFactory> _factory;
    private Mock<IQuantityHeaderService> _quantityHeader;
    private BackorderSettings _saved;
    private BackordersController _controller;

    [SetUp]
    public void SetUp()
    {
        _settings = new Mock<ISettingService>();
        _settings.Setup(s => s.LoadSettingAsync<BackorderSettings>(0)).ReturnsAsync(() => new BackorderSettings());
        _settings.Setup(s => s.SaveSettingAsync(It.IsAny<BackorderSettings>(), It.IsAny<int>()))
            .Callback<BackorderSettings, int>((s, _) => _saved = s).Returns(Task.CompletedTask);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => BackordersLocaleResources.English.GetValueOrDefault(key, key));
        _factory = new Mock<IBackorderModelFactory>();
        _factory.Setup(f => f.PrepareConfigurationModelAsync(It.IsAny<BackorderSettings>())).ReturnsAsync(new ConfigurationModel());
        _factory.Setup(f => f.PrepareRedisplayedConfigurationModelAsync(It.IsAny<ConfigurationModel>()))
            .ReturnsAsync((ConfigurationModel posted) => posted);
        _quantityHeader = new Mock<IQuantityHeaderService>();
        var provider = new Mock<IDocumentTokenProvider>();
        provider.Setup(p => p.TokenNames).Returns(["binLocation"]);
        _controller = new BackordersController(_factory.Object, Mock.Of<IBackorderPolicyService>(), localization.Object,
            Mock.Of<INotificationService>(), _settings.Object, _quantityHeader.Object, [provider.Object]);
    }

    private static ConfigurationModel Valid() => new()
    {
        DefaultBackorderModeId = (int)BackorderMode.AllowQtyBelow0,
        PickListGrouping = "ByOrder",
        PickListBackorderMessage = "[cataloginventoryItemQty] in stock, [orderItemQtyBackordered] backordered",
        PickListMessageOnlyForBackorderedLines = true
    };

    [Test]
    public async Task Good_document_settings_are_saved_and_the_quantity_header_follows()
    {
        var model = Valid() with
        {
            InvoiceColumns = [new() { Column = "Name", Position = 1 }, new() { Column = "QuantityBackordered", Position = 3 }, new() { Column = "Quantity", Position = 2 }],
            PackagingSlipColumns = [new() { Column = "Sku", Position = 0 }],
            RenameQuantityToQuantityOrdered = true,
            PickListInStockMessage = "  [productName] at [BINLOCATION] ",
            PickListMessageOnlyForBackorderedLines = false,
            PickListGrouping = "ByProduct"
        };

        await _controller.Configure(model);

        _controller.ModelState.IsValid.Should().BeTrue();
        _saved.InvoiceColumns.Should().Be("Name,Quantity,QuantityBackordered");
        _saved.PackagingSlipColumns.Should().BeEmpty();
        _saved.RenameQuantityToQuantityOrdered.Should().BeTrue();
        _saved.PickListBackorderMessage.Should().Be("[cataloginventoryItemQty] in stock, [orderItemQtyBackordered] backordered");
        _saved.PickListInStockMessage.Should().Be("[productName] at [BINLOCATION]", "an integrator's token is accepted");
        _saved.PickListMessageOnlyForBackorderedLines.Should().BeFalse();
        _saved.PickListGrouping.Should().Be(PickListGrouping.ByProduct);
        _quantityHeader.Verify(q => q.ApplyAsync(true), Times.Once);
    }

    private static IEnumerable<TestCaseData> Refusals()
    {
        yield return new TestCaseData(Valid() with { PickListBackorderMessage = "[qty] in stock" }, nameof(ConfigurationModel.PickListBackorderMessage),
            "Pick list backorder message: [qty] is not a known token. Use one of the tokens listed under the field.").SetName("{m}(unknown token)");
        yield return new TestCaseData(Valid() with { PickListInStockMessage = "[productName in stock" }, nameof(ConfigurationModel.PickListInStockMessage),
            "Pick list in-stock message: the bracket in \"[productName in stock\" is not closed.").SetName("{m}(unclosed bracket)");
        yield return new TestCaseData(Valid() with { PickListBackorderMessage = "only] left" }, nameof(ConfigurationModel.PickListBackorderMessage),
            "Pick list backorder message: the bracket in \"only]\" has no opening bracket.").SetName("{m}(unopened bracket)");
        yield return new TestCaseData(Valid() with { InvoiceColumns = [new() { Column = "CostPrice", Position = 1 }] }, nameof(ConfigurationModel.InvoiceColumns),
            "Invoice columns: \"CostPrice\" is not a column that can be printed.").SetName("{m}(forged column)");
        yield return new TestCaseData(Valid() with { PackagingSlipColumns = [new() { Column = "Sku", Position = -2 }] }, nameof(ConfigurationModel.PackagingSlipColumns),
            "Packaging slip columns: the position of Sku must be 0 (not printed) or a number from 1.").SetName("{m}(negative position)");
        yield return new TestCaseData(Valid() with { PickListGrouping = "10" }, nameof(ConfigurationModel.PickListGrouping),
            "Pick list grouping: \"10\" is not a way to group the pick list.").SetName("{m}(forged grouping)");
    }

    [TestCaseSource(nameof(Refusals))]
    public async Task A_bad_document_value_is_refused_naming_the_field_and_the_text_and_nothing_is_saved(ConfigurationModel model, string field, string message)
    {
        var result = await _controller.Configure(model);

        _controller.ModelState[field]!.Errors.Select(e => e.ErrorMessage).Should().Equal(message);
        _settings.Verify(s => s.SaveSettingAsync(It.IsAny<BackorderSettings>(), It.IsAny<int>()), Times.Never);
        _quantityHeader.Verify(q => q.ApplyAsync(It.IsAny<bool>()), Times.Never);
        // The page comes back with what was typed, to be corrected.
        result.Should().BeOfType<ViewResult>().Which.Model.Should().BeSameAs(model);
    }
}

public class QuantityHeaderTests
{
    [TestCase("Qty", "Qty Ordered", null, "Qty Ordered", "Qty")]
    [TestCase("Qty Ordered", "Qty Ordered", "Qty", null, "Qty")]
    [TestCase("Menge", "Bestellte Menge", null, "Bestellte Menge", "Menge")]
    [TestCase("Qty", "", null, null, null)]
    [TestCase(null, "Qty Ordered", null, null, null)]
    public void Renaming_writes_the_plugins_text_and_keeps_the_merchants(string current, string ours, string kept, string write, string keep) =>
        QuantityHeaderRule.Rename(current, ours, kept).Should().Be((write, keep));

    [TestCase("Qty Ordered", "Qty Ordered", "Qty", "Qty")]
    [TestCase("Quantity", "Qty Ordered", "Qty", null)]
    [TestCase("Qty Ordered", "Qty Ordered", null, null)]
    public void Restoring_puts_the_kept_text_back_unless_the_merchant_changed_it_since(string current, string ours, string kept, string expected) =>
        QuantityHeaderRule.Restore(current, ours, kept).Should().Be(expected);

    /// <summary>nopCommerce's resource table for three languages: English and German have the plugin's text, French does not.</summary>
    private sealed class Resources
    {
        public readonly List<LocaleStringResource> Rows =
        [
            new() { Id = 1, LanguageId = 1, ResourceName = "Pdf.Product.Quantity", ResourceValue = "Qty" },
            new() { Id = 2, LanguageId = 2, ResourceName = "Pdf.Product.Quantity", ResourceValue = "Menge" },
            new() { Id = 3, LanguageId = 3, ResourceName = "Pdf.Product.Quantity", ResourceValue = "Qté" },
            new() { Id = 4, LanguageId = 1, ResourceName = QuantityHeaderService.QuantityOrderedKey, ResourceValue = "Qty Ordered" },
            new() { Id = 5, LanguageId = 2, ResourceName = QuantityHeaderService.QuantityOrderedKey, ResourceValue = "Bestellte Menge" }
        ];

        public QuantityHeaderService Service()
        {
            var languages = new Mock<ILanguageService>();
            languages.Setup(l => l.GetAllLanguagesAsync(true, 0)).ReturnsAsync([new Language { Id = 1 }, new Language { Id = 2 }, new Language { Id = 3 }]);
            var localization = new Mock<ILocalizationService>();
            localization.Setup(l => l.GetLocaleStringResourceByNameAsync(It.IsAny<string>(), It.IsAny<int>(), false))
                .ReturnsAsync((string name, int languageId, bool _) => Rows.FirstOrDefault(r => r.ResourceName == name && r.LanguageId == languageId));
            localization.Setup(l => l.InsertLocaleStringResourceAsync(It.IsAny<LocaleStringResource>()))
                .Callback<LocaleStringResource>(r => { r.Id = Rows.Max(x => x.Id) + 1; Rows.Add(r); }).Returns(Task.CompletedTask);
            localization.Setup(l => l.UpdateLocaleStringResourceAsync(It.IsAny<LocaleStringResource>())).Returns(Task.CompletedTask);
            localization.Setup(l => l.DeleteLocaleStringResourceAsync(It.IsAny<LocaleStringResource>()))
                .Callback<LocaleStringResource>(r => Rows.Remove(r)).Returns(Task.CompletedTask);
            return new QuantityHeaderService(languages.Object, localization.Object);
        }

        public string Header(int languageId) => Rows.Single(r => r.ResourceName == "Pdf.Product.Quantity" && r.LanguageId == languageId).ResourceValue;

        public bool Kept(int languageId) => Rows.Any(r => r.ResourceName == QuantityHeaderService.KeptOriginalKey && r.LanguageId == languageId);
    }

    [Test]
    public async Task Switched_on_the_header_reads_qty_ordered_where_the_plugin_has_a_text_and_off_it_is_the_merchants_again()
    {
        var resources = new Resources();
        var service = resources.Service();

        await service.ApplyAsync(true);
        await service.ApplyAsync(true);

        (resources.Header(1), resources.Header(2), resources.Header(3)).Should().Be(("Qty Ordered", "Bestellte Menge", "Qté"));

        await service.ApplyAsync(false);

        (resources.Header(1), resources.Header(2), resources.Header(3)).Should().Be(("Qty", "Menge", "Qté"));
        (resources.Kept(1) || resources.Kept(2) || resources.Kept(3)).Should().BeFalse("nothing of the plugin is left behind");
    }

    [Test]
    public async Task A_header_the_merchant_changed_while_renamed_stays_theirs()
    {
        var resources = new Resources();
        var service = resources.Service();
        await service.ApplyAsync(true);
        resources.Rows.Single(r => r.ResourceName == "Pdf.Product.Quantity" && r.LanguageId == 1).ResourceValue = "Units";

        await service.ApplyAsync(false);

        (resources.Header(1), resources.Header(2)).Should().Be(("Units", "Menge"));
    }

    [Test]
    public async Task Switched_off_without_having_been_on_changes_nothing()
    {
        var resources = new Resources();

        await resources.Service().ApplyAsync(false);

        (resources.Header(1), resources.Header(2), resources.Header(3)).Should().Be(("Qty", "Menge", "Qté"));
    }
}

public class DocumentSettingsModelTests
{
    private static BackorderModelFactory Factory(params IDocumentTokenProvider[] providers)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => BackordersLocaleResources.English.GetValueOrDefault(key, key));
        return new BackorderModelFactory(localization.Object, providers);
    }

    [Test]
    public async Task The_documents_card_shows_the_stored_choices_every_column_and_the_tokens()
    {
        var provider = new Mock<IDocumentTokenProvider>();
        provider.Setup(p => p.TokenNames).Returns(["binLocation"]);
        var settings = new BackorderSettings
        {
            InvoiceColumns = "Sku,QuantityBackordered", RenameQuantityToQuantityOrdered = true, PickListBackorderMessage = "[orderItemQtyOpen] open",
            PickListGrouping = PickListGrouping.ByProduct, PickListMessageOnlyForBackorderedLines = false, PickListInStockMessage = "ok"
        };

        var model = await Factory(provider.Object).PrepareConfigurationModelAsync(settings);

        model.InvoiceColumns.Select(c => (c.Column, c.Name, c.Position)).Should().Equal(
            ("Name", "Product name", 0), ("Sku", "SKU", 1), ("Vendor", "Vendor", 0), ("Price", "Price", 0), ("Quantity", "Qty", 0),
            ("QuantityBackordered", "Qty Backordered", 2), ("QuantityOpen", "Qty Still Open", 0), ("Total", "Total", 0));
        model.PackagingSlipColumns.Should().OnlyContain(c => c.Position == 0).And.HaveCount(8);
        (model.RenameQuantityToQuantityOrdered, model.PickListBackorderMessage, model.PickListInStockMessage, model.PickListMessageOnlyForBackorderedLines)
            .Should().Be((true, "[orderItemQtyOpen] open", "ok", false));
        model.PickListGrouping.Should().Be("ByProduct");
        model.AvailablePickListGroupings.Select(g => (g.Value, g.Selected)).Should().Equal(("ByOrder", false), ("ByProduct", true));
        model.AvailableTokens.Should().StartWith("[orderItemQtyBackordered]").And.EndWith("[binLocation]").And.HaveCount(11);
    }

    [Test]
    public async Task A_refused_page_comes_back_with_what_was_typed()
    {
        var posted = new ConfigurationModel
        {
            DefaultBackorderModeId = (int)BackorderMode.AllowQtyBelow0, PickListBackorderMessage = "[typo]", PickListGrouping = "ByProduct",
            InvoiceColumns = [new() { Column = "Total", Position = 1 }, new() { Column = "Forged", Position = 2 }]
        };

        var model = await Factory().PrepareRedisplayedConfigurationModelAsync(posted);

        model.PickListBackorderMessage.Should().Be("[typo]");
        model.InvoiceColumns.Where(c => c.Position > 0).Select(c => c.Column).Should().Equal("Total");
        model.InvoiceColumns.Should().HaveCount(8);
        model.AvailablePickListGroupings.Single(g => g.Selected).Value.Should().Be("ByProduct");
        model.AvailableBackorderModes.Single(m => m.Selected).Value.Should().Be(((int)BackorderMode.AllowQtyBelow0).ToString());
    }
}
