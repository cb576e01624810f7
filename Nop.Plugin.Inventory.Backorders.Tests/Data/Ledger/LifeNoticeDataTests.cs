using System.Linq.Expressions;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Stores;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LifeData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>The notices as sent through nopCommerce's services (mocked), over the ledger in a real database.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class LifeNoticeDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private BackorderSettings _settings;
    private Mock<IWorkflowMessageService> _workflow;
    private Mock<IMessageTemplateService> _templates;
    private readonly EmailAccount _account = new() { Id = 2, Email = "owner@example.com", DisplayName = "Store owner" };

    [SetUp]
    public void Mocks()
    {
        _settings = new BackorderSettings();
        _workflow = new Mock<IWorkflowMessageService>();
        _templates = new Mock<IMessageTemplateService>();
        _templates.Setup(t => t.GetMessageTemplatesByNameAsync(It.IsAny<string>(), It.IsAny<int?>()))
            .ReturnsAsync((string name, int? _) => [new MessageTemplate { Name = name, IsActive = true, EmailAccountId = 2 }]);
    }

    private BackorderNoticeService Service()
    {
        var accounts = new Mock<IEmailAccountService>();
        accounts.Setup(a => a.GetEmailAccountByIdAsync(2)).ReturnsAsync(_account);
        var customers = new Mock<ICustomerService>();
        customers.Setup(c => c.GetCustomerByIdAsync(1)).ReturnsAsync(new Customer { Id = 1, Email = "jane@example.com" });
        customers.Setup(c => c.GetCustomerFullNameAsync(It.IsAny<Customer>())).ReturnsAsync("Jane Doe");
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetStoreByIdAsync(1)).ReturnsAsync(new Store { Id = 1, Name = "Shop" });
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key[(key.LastIndexOf('.') + 1)..]);
        localization.Setup(l => l.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<Expression<Func<Product, string>>>(), It.IsAny<int?>(), true, true))
            .ReturnsAsync((Product p, Expression<Func<Product, string>> _, int? _, bool _, bool _) => p.Name);
        return new BackorderNoticeService(_settings, new EmailAccountSettings { DefaultEmailAccountId = 2 }, customers.Object, accounts.Object,
            localization.Object, _templates.Object, Mock.Of<IMessageTokenProvider>(), Database.GetRepository<OrderItemBackorder>(),
            Database.GetRepository<Order>(), Database.GetRepository<Product>(), stores.Object, _workflow.Object,
            new LocalizationSettings { DefaultAdminLanguageId = 1 });
    }

    private IList<Token> SentTokens(string template, string to) => (IList<Token>)_workflow.Invocations
        .Single(i => ((MessageTemplate)i.Arguments[0]).Name == template && (string)i.Arguments[4] == to).Arguments[3];

    [Test]
    public async Task The_store_owner_hears_of_an_order_with_backordered_lines_with_the_backordered_part()
    {
        var product = await ProductAsync(Database, -3);
        var (order, _, _) = await BackorderedOrderAsync(Database, product, 5, 3);

        await Service().OrderPlacedAsync(order.Id);

        _workflow.Invocations.Should().ContainSingle();
        var tokens = SentTokens(BackorderMessageTemplates.OrderPlacedStoreOwner, "owner@example.com").ToDictionary(t => t.Key);
        tokens[BackorderNoticeTokens.QuantityBackordered].Value.Should().Be(3);
        ((string)tokens[BackorderNoticeTokens.Lines].Value).Should().Contain("Product 1");
    }

    [Test]
    public async Task No_notice_for_an_order_served_from_stock_or_when_switched_off()
    {
        var product = await ProductAsync(Database, 5);
        var inStock = await OrderAsync(Database);
        await ItemAsync(Database, inStock, product, 2);
        var (backordered, _, _) = await BackorderedOrderAsync(Database, product, 5, 3);

        await Service().OrderPlacedAsync(inStock.Id);
        _settings.NotifyStoreOwnerOfBackorderedOrders = false;
        await Service().OrderPlacedAsync(backordered.Id);

        _workflow.Invocations.Should().BeEmpty();
    }

    [Test]
    public async Task The_customer_hears_once_everything_backordered_is_filled_only_when_switched_on()
    {
        var product = await ProductAsync(Database, 0);
        var order = await OrderAsync(Database);
        await LineAsync(Database, await ItemAsync(Database, order, product, 2), 2, filled: 2);
        var waiting = await LineAsync(Database, await ItemAsync(Database, order, product, 1), 1);

        await Service().LinesFilledAsync(order.Id);
        _settings.NotifyCustomerWhenBackordersFilled = true;
        await Service().LinesFilledAsync(order.Id);
        _workflow.Invocations.Should().BeEmpty("off by default, then one line still waits");

        Database.Execute($"UPDATE {Database.Quote(nameof(OrderItemBackorder))} SET {Database.Quote("QuantityFilled")} = 1, {Database.Quote("StatusId")} = 30 WHERE {Database.Quote("Id")} = {waiting.Id}");
        await Service().LinesFilledAsync(order.Id);

        SentTokens(BackorderMessageTemplates.LinesFilledCustomer, "jane@example.com").Should().Contain(t => t.Key == BackorderNoticeTokens.QuantityFilled && (int)t.Value == 3);
    }
}
