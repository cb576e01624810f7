using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Stores;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// Sends the ledger's notices through nopCommerce's own machinery: the active message template of the order's store,
/// its e-mail account (else the default one), nopCommerce's store, order and customer tokens plus
/// <see cref="BackorderNoticeTokens"/>, queued by IWorkflowMessageService.SendNotificationAsync (which localizes the
/// template for the language and honours its delay, BCC and attachment settings).
/// </summary>
public class BackorderNoticeService : IBackorderNoticeService
{
    private const string P = BackordersDefaults.ResourcePrefix;

    private readonly BackorderSettings _backorderSettings;
    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly ICustomerService _customerService;
    private readonly IEmailAccountService _emailAccountService;
    private readonly ILocalizationService _localizationService;
    private readonly IMessageTemplateService _messageTemplateService;
    private readonly IMessageTokenProvider _messageTokenProvider;
    private readonly IRepository<OrderItemBackorder> _lineRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<Product> _productRepository;
    private readonly IStoreService _storeService;
    private readonly IWorkflowMessageService _workflowMessageService;
    private readonly LocalizationSettings _localizationSettings;

    public BackorderNoticeService(BackorderSettings backorderSettings,
        EmailAccountSettings emailAccountSettings,
        ICustomerService customerService,
        IEmailAccountService emailAccountService,
        ILocalizationService localizationService,
        IMessageTemplateService messageTemplateService,
        IMessageTokenProvider messageTokenProvider,
        IRepository<OrderItemBackorder> lineRepository,
        IRepository<Order> orderRepository,
        IRepository<Product> productRepository,
        IStoreService storeService,
        IWorkflowMessageService workflowMessageService,
        LocalizationSettings localizationSettings)
    {
        _backorderSettings = backorderSettings;
        _emailAccountSettings = emailAccountSettings;
        _customerService = customerService;
        _emailAccountService = emailAccountService;
        _localizationService = localizationService;
        _messageTemplateService = messageTemplateService;
        _messageTokenProvider = messageTokenProvider;
        _lineRepository = lineRepository;
        _orderRepository = orderRepository;
        _productRepository = productRepository;
        _storeService = storeService;
        _workflowMessageService = workflowMessageService;
        _localizationSettings = localizationSettings;
    }

    /// <summary>Every backordered line of the order is filled (cancelled units aside) and at least one unit was: the customer's notice is due.</summary>
    public static bool AllBackordersFilled(IReadOnlyCollection<OrderItemBackorder> lines) =>
        lines.Any(l => l.QuantityFilled > 0)
        && lines.All(l => BackorderQuantities.Open(l.QuantityBackordered, l.QuantityFilled, l.QuantityCancelled) == 0);

    public async Task OrderPlacedAsync(int orderId)
    {
        if (!_backorderSettings.NotifyStoreOwnerOfBackorderedOrders)
            return;

        var lines = await _lineRepository.Table.Where(l => l.OrderId == orderId).ToListAsync();
        if (!lines.Any(l => l.QuantityBackordered > 0) || await OrderAsync(orderId) is not { } order)
            return;

        var languageId = _localizationSettings.DefaultAdminLanguageId;
        await SendAsync(BackorderMessageTemplates.OrderPlacedStoreOwner, order, lines, languageId, emailAccount => (emailAccount.Email, emailAccount.DisplayName));
    }

    public async Task LinesFilledAsync(int orderId)
    {
        if (!_backorderSettings.NotifyCustomerWhenBackordersFilled)
            return;

        var lines = await _lineRepository.Table.Where(l => l.OrderId == orderId).ToListAsync();
        if (!AllBackordersFilled(lines) || await OrderAsync(orderId) is not { } order || order.OrderStatus == OrderStatus.Cancelled)
            return;

        var customer = await _customerService.GetCustomerByIdAsync(order.CustomerId);
        if (string.IsNullOrEmpty(customer?.Email))
            return;

        var name = await _customerService.GetCustomerFullNameAsync(customer);
        await SendAsync(BackorderMessageTemplates.LinesFilledCustomer, order, lines, order.CustomerLanguageId, _ => (customer.Email, name));
    }

    private async Task<Order> OrderAsync(int orderId)
    {
        var order = await _orderRepository.Table.Where(o => o.Id == orderId).FirstOrDefaultAsync();
        return order is { Deleted: false } ? order : null;
    }

    private async Task SendAsync(string templateName, Order order, IReadOnlyCollection<OrderItemBackorder> lines, int languageId,
        Func<EmailAccount, (string Email, string Name)> recipient)
    {
        var store = await _storeService.GetStoreByIdAsync(order.StoreId);
        var template = (await _messageTemplateService.GetMessageTemplatesByNameAsync(templateName, store?.Id)).FirstOrDefault(t => t.IsActive);
        if (template is null)
            return;

        var emailAccount = await _emailAccountService.GetEmailAccountByIdAsync(template.EmailAccountId)
            ?? await _emailAccountService.GetEmailAccountByIdAsync(_emailAccountSettings.DefaultEmailAccountId)
            ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault();
        if (emailAccount is null)
            return;

        var tokens = new List<Token>();
        if (store is not null)
            await _messageTokenProvider.AddStoreTokensAsync(tokens, store, emailAccount, languageId);
        await _messageTokenProvider.AddOrderTokensAsync(tokens, order, languageId);
        await _messageTokenProvider.AddCustomerTokensAsync(tokens, order.CustomerId);

        var productIds = lines.Select(l => l.ProductId).Distinct().ToList();
        var names = new Dictionary<int, string>();
        foreach (var product in await _productRepository.Table.Where(p => productIds.Contains(p.Id)).ToListAsync())
            names[product.Id] = await _localizationService.GetLocalizedAsync(product, p => p.Name, languageId);
        var headers = new List<string>();
        foreach (var key in new[] { "Product", "Ordered", "Backordered", "Filled", "Waiting" })
            headers.Add(await _localizationService.GetResourceAsync(P + "Notices.Lines." + key));
        foreach (var token in BackorderNoticeTokens.For(lines, names, headers))
            tokens.Add(token);

        var (email, name) = recipient(emailAccount);
        await _workflowMessageService.SendNotificationAsync(template, emailAccount, languageId, tokens, email, name);
    }
}
