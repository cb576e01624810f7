using Nop.Core.Domain.Messages;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Services.Messages;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// The ledger's two message templates (Content management › Message templates, where the merchant edits them),
/// installed with the plugin and removed on uninstall. Default texts are the plugin's English resources.
/// </summary>
public static class BackorderMessageTemplates
{
    public const string OrderPlacedStoreOwner = "Backorders.OrderPlaced.StoreOwnerNotification";
    public const string LinesFilledCustomer = "Backorders.LinesFilled.CustomerNotification";

    private const string P = BackordersDefaults.ResourcePrefix;

    /// <summary>Name → (subject, body) in English.</summary>
    public static IReadOnlyDictionary<string, (string Subject, string Body)> Defaults { get; } = new Dictionary<string, (string, string)>
    {
        [OrderPlacedStoreOwner] = (BackordersLocaleResources.English[P + "Notices.OrderPlaced.Subject"], BackordersLocaleResources.English[P + "Notices.OrderPlaced.Body"]),
        [LinesFilledCustomer] = (BackordersLocaleResources.English[P + "Notices.LinesFilled.Subject"], BackordersLocaleResources.English[P + "Notices.LinesFilled.Body"])
    };

    /// <summary>Adds the templates that are not there yet (a reinstall keeps the merchant's edits), active, on the default e-mail account.</summary>
    public static async Task InstallAsync(IMessageTemplateService messageTemplateService, int emailAccountId)
    {
        foreach (var (name, (subject, body)) in Defaults)
        {
            if ((await messageTemplateService.GetMessageTemplatesByNameAsync(name)).Any())
                continue;
            await messageTemplateService.InsertMessageTemplateAsync(new MessageTemplate
            {
                Name = name, Subject = subject, Body = body, IsActive = true, EmailAccountId = emailAccountId
            });
        }
    }

    public static async Task UninstallAsync(IMessageTemplateService messageTemplateService)
    {
        foreach (var name in Defaults.Keys)
            foreach (var template in await messageTemplateService.GetMessageTemplatesByNameAsync(name))
                await messageTemplateService.DeleteMessageTemplateAsync(template);
    }
}
