using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services.Documents;

namespace Nop.Plugin.Inventory.Backorders.Tests.Documents;

public class TokenTemplateTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["cataloginventoryItemQty"] = "3",
        ["orderItemQtyBackordered"] = "2",
        ["orderNumber"] = "1001",
        ["productName"] = "Bolt [orderNumber] <b>&</b>",
        ["productSku"] = "[productName]"
    };

    [TestCase("[cataloginventoryItemQty] in stock, [orderItemQtyBackordered] backordered", "3 in stock, 2 backordered")]
    [TestCase("[CATALOGINVENTORYITEMQTY] in stock, [OrderItemQtyBackordered] backordered", "3 in stock, 2 backordered")]
    [TestCase("no tokens", "no tokens")]
    [TestCase("", "")]
    [TestCase(null, "")]
    [TestCase("[productName]", "Bolt [orderNumber] <b>&</b>")]
    [TestCase("[productSku]", "[productName]")]
    [TestCase("[unknown] stays", "[unknown] stays")]
    [TestCase("[[orderNumber]", "[1001")]
    [TestCase("[orderNumber]]", "1001]")]
    [TestCase("open [ only", "open [ only")]
    [TestCase("[orderNumber][orderNumber]", "10011001")]
    [TestCase("#[orderNumber]: [orderItemQtyBackordered]/[cataloginventoryItemQty]", "#1001: 2/3")]
    public void Render_replaces_known_tokens_case_insensitively_once(string template, string expected) =>
        TokenTemplate.Render(template, Values).Should().Be(expected);

    [Test]
    public void Values_are_copied_as_text_in_any_script()
    {
        var values = new Dictionary<string, string> { ["productName"] = "مسمار [orderNumber]", ["orderNumber"] = "1" };

        TokenTemplate.Render("[productName] ×[orderNumber]", values).Should().Be("مسمار [orderNumber] ×1");
    }

    [Test]
    public void The_default_message_renders_as_the_merchant_asked()
    {
        var template = BackordersLocaleResources.English[BackordersDefaults.ResourcePrefix + "Documents.PickList.DefaultBackorderMessage"];

        TokenTemplate.Render(template, Values).Should().Be(
            "2 of the items you ordered are on backorder, and we only have 3 available right now");
        TokenTemplate.Validate(template, DocumentTokens.BuiltIn).Should().BeNull();
    }

    [TestCase("[orderItemQtyBackordered] backordered", null, null)]
    [TestCase("[ORDERITEMQTYOPEN] open, [orderitemqtyfilled] filled", null, null)]
    [TestCase("", null, null)]
    [TestCase(null, null, null)]
    [TestCase("plain text", null, null)]
    [TestCase("[productName] [productSku] [orderNumber] [expectedRestockDate] [warehouseName] [orderItemQtyOrdered]", null, null)]
    [TestCase("[qty] in stock", TokenTemplate.UnknownTokenKey, "[qty]")]
    [TestCase("[] empty", TokenTemplate.UnknownTokenKey, "[]")]
    [TestCase("[ productName]", TokenTemplate.UnknownTokenKey, "[ productName]")]
    [TestCase("[orderNumber] and [orderNumber", TokenTemplate.UnclosedBracketKey, "[orderNumber")]
    [TestCase("[[orderNumber]", TokenTemplate.UnclosedBracketKey, "[")]
    [TestCase("orderNumber] shipped", TokenTemplate.UnopenedBracketKey, "orderNumber]")]
    [TestCase("[orderNumber]] x", TokenTemplate.UnopenedBracketKey, "[orderNumber]]")]
    public void Validate_refuses_unknown_tokens_and_unbalanced_brackets_naming_the_text(string template, string key, string offending)
    {
        var error = TokenTemplate.Validate(template, DocumentTokens.BuiltIn);

        if (key is null)
            error.Should().BeNull();
        else
            error.Should().Be(new TokenTemplateError(key, offending));
    }

    [Test]
    public void An_integrators_tokens_are_accepted_once_provided()
    {
        var provider = new Mock<IDocumentTokenProvider>();
        provider.Setup(p => p.TokenNames).Returns(["binLocation"]);

        TokenTemplate.Validate("[binLocation]", DocumentTokens.Known([])).Should().NotBeNull();
        TokenTemplate.Validate("[BinLocation]", DocumentTokens.Known([provider.Object])).Should().BeNull();
    }

    [Test]
    public void Every_error_key_has_an_english_text_with_the_field_and_the_text()
    {
        foreach (var key in new[] { TokenTemplate.UnknownTokenKey, TokenTemplate.UnclosedBracketKey, TokenTemplate.UnopenedBracketKey })
            BackordersLocaleResources.English[key].Should().Contain("{0}").And.Contain("{1}");
    }
}
