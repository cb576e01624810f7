using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Inventory.Backorders.Tests.Ledger;

/// <summary>The notices' tokens, their rule, and their message templates' installation.</summary>
public class LifeNoticeTests
{
    private static OrderItemBackorder Line(int productId, int ordered, int backordered, int filled = 0, int cancelled = 0) => new()
    {
        ProductId = productId, QuantityOrdered = ordered, QuantityBackordered = backordered, QuantityFilled = filled, QuantityCancelled = cancelled
    };

    private static readonly string[] Headers = ["Product", "Ordered", "Backordered", "Filled", "Still <waiting>"];

    [Test]
    public void Tokens_list_the_backordered_part_of_each_line_with_every_text_encoded()
    {
        var tokens = BackorderNoticeTokens.For([Line(1, 5, 3, 1), Line(2, 2, 2), Line(3, 4, 0)],
            new Dictionary<int, string> { [1] = "Mug <b>\"big\"</b> & co" }, Headers).ToDictionary(t => t.Key);

        tokens[BackorderNoticeTokens.QuantityBackordered].Value.Should().Be(5, "the backordered part, not the whole quantity (woocommerce#27186)");
        tokens[BackorderNoticeTokens.QuantityFilled].Value.Should().Be(1);
        tokens[BackorderNoticeTokens.QuantityWaiting].Value.Should().Be(4);
        var table = (string)tokens[BackorderNoticeTokens.Lines].Value;
        tokens[BackorderNoticeTokens.Lines].NeverHtmlEncoded.Should().BeTrue();
        table.Should().Contain("Mug &lt;b&gt;&quot;big&quot;&lt;/b&gt; &amp; co").And.Contain("Still &lt;waiting&gt;").And.Contain("#2")
            .And.NotContain("<b>").And.NotContain("#3", "a line served from stock is not listed");
        table.Should().Contain("<td style=\"text-align: right\">5</td><td style=\"text-align: right\">3</td><td style=\"text-align: right\">1</td><td style=\"text-align: right\">2</td>");
    }

    [TestCase(new[] { 3, 3, 0 }, new[] { 2, 2, 0 }, true, TestName = "All filled: due")]
    [TestCase(new[] { 3, 2, 0 }, new[] { 2, 2, 0 }, false, TestName = "One still waits: not yet")]
    [TestCase(new[] { 3, 1, 2 }, new[] { 2, 2, 0 }, true, TestName = "Filled apart from cancelled units: due")]
    [TestCase(new[] { 3, 0, 3 }, new[] { 2, 0, 2 }, false, TestName = "Everything cancelled, nothing filled: not due")]
    public void All_backorders_filled(int[] first, int[] second, bool expected)
    {
        OrderItemBackorder Of(int[] q) => Line(1, 5, q[0], q[1], q[2]);
        BackorderNoticeService.AllBackordersFilled([Of(first), Of(second)]).Should().Be(expected);
    }

    [Test]
    public async Task Install_adds_both_templates_active_on_the_default_account_and_keeps_existing_ones()
    {
        var templates = new Mock<IMessageTemplateService>();
        var inserted = new List<MessageTemplate>();
        templates.Setup(t => t.GetMessageTemplatesByNameAsync(It.IsAny<string>(), null)).ReturnsAsync((string name, int? _) =>
            name == BackorderMessageTemplates.LinesFilledCustomer ? [new MessageTemplate { Name = name }] : []);
        templates.Setup(t => t.InsertMessageTemplateAsync(It.IsAny<MessageTemplate>())).Callback<MessageTemplate>(inserted.Add).Returns(Task.CompletedTask);

        await BackorderMessageTemplates.InstallAsync(templates.Object, emailAccountId: 7);

        inserted.Should().ContainSingle().Which.Should().Match<MessageTemplate>(t =>
            t.Name == BackorderMessageTemplates.OrderPlacedStoreOwner && t.IsActive && t.EmailAccountId == 7
            && t.Body.Contains("%Backorders.Lines%") && t.Subject.Contains("%Order.OrderNumber%"));
    }

    [Test]
    public async Task Plugin_install_and_uninstall_add_and_remove_the_templates()
    {
        var templates = new Mock<IMessageTemplateService>();
        var stored = new List<MessageTemplate>();
        templates.Setup(t => t.GetMessageTemplatesByNameAsync(It.IsAny<string>(), It.IsAny<int?>()))
            .ReturnsAsync((string name, int? _) => stored.Where(t => t.Name == name).ToList());
        templates.Setup(t => t.InsertMessageTemplateAsync(It.IsAny<MessageTemplate>())).Callback<MessageTemplate>(stored.Add).Returns(Task.CompletedTask);
        templates.Setup(t => t.DeleteMessageTemplateAsync(It.IsAny<MessageTemplate>())).Callback<MessageTemplate>(t => stored.Remove(t)).Returns(Task.CompletedTask);
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<BackorderSettings>(0)).ReturnsAsync(new BackorderSettings());
        var plugin = new BackordersPlugin(Mock.Of<IBackorderPolicyService>(), Mock.Of<ILocalizationService>(), Mock.Of<INopUrlHelper>(),
            settings.Object, new WidgetSettings(), new EmailAccountSettings { DefaultEmailAccountId = 3 }, templates.Object,
            NoMessageTemplates.ActivityTypes(),
            Mock.Of<Nop.Plugin.Inventory.Backorders.Services.Documents.IQuantityHeaderService>())
        {
            PluginDescriptor = new Nop.Services.Plugins.PluginDescriptor { SystemName = BackordersDefaults.SystemName }
        };

        await plugin.InstallAsync();
        stored.Select(t => t.Name).Should().BeEquivalentTo([BackorderMessageTemplates.OrderPlacedStoreOwner, BackorderMessageTemplates.LinesFilledCustomer]);
        stored.Should().OnlyContain(t => t.EmailAccountId == 3);

        await plugin.UninstallAsync();
        stored.Should().BeEmpty();
        Nop.Plugin.Inventory.Backorders.Services.BackordersInstalled.MarkUninstalled(null);
    }

    [Test]
    public void Customer_notice_is_off_and_owner_notice_on_by_default()
    {
        var settings = new BackorderSettings();
        settings.NotifyCustomerWhenBackordersFilled.Should().BeFalse();
        settings.NotifyStoreOwnerOfBackorderedOrders.Should().BeTrue();
    }
}

/// <summary>A message template service with no templates (for tests that construct the plugin).</summary>
public static class NoMessageTemplates
{
    /// <summary>An activity-type repository with no types (install adds the stock doctor's).</summary>
    public static Nop.Data.IRepository<Nop.Core.Domain.Logging.ActivityLogType> ActivityTypes()
    {
        var types = new Mock<Nop.Data.IRepository<Nop.Core.Domain.Logging.ActivityLogType>>();
        types.Setup(r => r.GetAllAsync(It.IsAny<Func<IQueryable<Nop.Core.Domain.Logging.ActivityLogType>, IQueryable<Nop.Core.Domain.Logging.ActivityLogType>>>(), null, true))
            .ReturnsAsync([]);
        return types.Object;
    }

    public static IMessageTemplateService Service()
    {
        var templates = new Mock<IMessageTemplateService>();
        templates.Setup(t => t.GetMessageTemplatesByNameAsync(It.IsAny<string>(), It.IsAny<int?>())).ReturnsAsync([]);
        return templates.Object;
    }
}
