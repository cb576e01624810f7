namespace Nop.Plugin.Inventory.Backorders.Infrastructure;

/// <summary>
/// Every English text of the plugin, in one place: installed with the plugin and removed by prefix on uninstall.
/// </summary>
public static class BackordersLocaleResources
{
    private const string P = BackordersDefaults.ResourcePrefix;

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        [P + "Configure.Saved"] = "The backorder settings have been saved.",
        [P + "Configure.DefaultApplied"] = "{0} products that use the default now follow the new policy.",
        [P + "Policy.AllowQtyBelow0AndNotifyCustomer"] = "Yes – tell customers this product is on backorder",
        [P + "Policy.AllowQtyBelow0"] = "Yes – do not tell customers",
        [P + "Policy.NoBackorders"] = "No – do not let this product be purchased when out of stock",
        [P + "Policy.Card"] = "Backorders",
        [P + "Cart.NotesTitle"] = "Some items will be backordered:",
        [P + "Cart.BackorderLimitReached"] = "This product can only be ordered up to its backorder limit: {0} more can be added to your cart.",
        [P + "Checkout.BackorderLimitReached"] = "Sorry, \"{0}\" can no longer be ordered in this quantity: its backorder limit has been reached meanwhile. Please lower the quantity in your cart.",
        [P + "Availability.BackorderExpected"] = "Out of stock - on backorder, expected {0}.",
        [P + "Availability.PartlyBackordered"] = "{0} in stock, {1} will be backordered.",
        [P + "Availability.PartlyBackorderedWhen"] = "{0} in stock, {1} will be backordered ({2}).",
        [P + "Availability.PartlyBackorderedNoQuantity"] = "Part of this quantity will be backordered.",
        [P + "Availability.PartlyBackorderedNoQuantityWhen"] = "Part of this quantity will be backordered ({0}).",
        [P + "Fields.BackorderLimit"] = "Backorder limit",
        [P + "Fields.ExpectedRestockDate"] = "Expected restock date",
        [P + "Fields.DefaultBackorderMode"] = "Default backorder policy",
        [P + "Fields.DefaultBackorderLimit"] = "Default backorder limit",
        [P + "Fields.DefaultBackorderLimit.Hint"] = "How many units below 0 customers may order. 0 means unlimited.",
        [P + "Fields.KeepBackorderRecordsOnUninstall"] = "Keep backorder records on uninstall",
        [P + "Errors.OwnPolicy"] = "Choose whether customers may buy this product when it is out of stock (got '{0}').",
        [P + "Errors.BackorderLimit"] = "The backorder limit must be a whole number of 0 or more (got '{0}').",
        [P + "Errors.ExpectedRestockDate"] = "The expected restock date must be a date like 2026-12-12 (got '{0}').",
        [P + "Errors.ExpectedRestockDatePassed"] = "The expected restock date {0} has already passed: enter today or a later date, or leave it empty.",
        [P + "Errors.DefaultBackorderMode"] = "Choose whether customers may buy products when they are out of stock (got '{0}').",
        [P + "Errors.DefaultBackorderLimit"] = "The default backorder limit must be a whole number of 0 or more (got '{0}').",
        [P + "Notices.Lines.Product"] = "Product",
        [P + "Notices.Lines.Ordered"] = "Ordered",
        [P + "Notices.Lines.Backordered"] = "Backordered",
        [P + "Notices.Lines.Filled"] = "Filled",
        [P + "Notices.Lines.Waiting"] = "Still waiting",
        [P + "Notices.OrderPlaced.Subject"] = "%Store.Name%. Order #%Order.OrderNumber% has backordered items",
        [P + "Notices.OrderPlaced.Body"] = "<p><a href=\"%Store.URL%\">%Store.Name%</a></p><p>Order #%Order.OrderNumber% placed by %Customer.FullName% (%Customer.Email%) has %Backorders.QuantityBackordered% unit(s) on backorder: stock could not cover them when the order was placed.</p>%Backorders.Lines%",
        [P + "Notices.LinesFilled.Subject"] = "%Store.Name%. Your backordered items for order #%Order.OrderNumber% are in stock",
        [P + "Notices.LinesFilled.Body"] = "<p><a href=\"%Store.URL%\">%Store.Name%</a></p><p>Hello %Customer.FullName%,</p><p>Good news: the items of your order #%Order.OrderNumber% that were on backorder are now in stock.</p>%Backorders.Lines%",
        [P + "Fields.KeepBackorderRecordsOnUninstall.Hint"] = "Keeps how much of each order line was backordered when the plugin is uninstalled, so a reinstall picks it up again.",
        // Admin screens: labels with their hints (nop-label shows "<key>.Hint" as the "?" tooltip, unformatted), menu, configure page.
        [P + "Fields.UseDefault"] = "Use default backorder policy",
        [P + "Fields.UseDefault.Hint"] = "Follow the store-wide backorder policy and limit (Configuration › Settings › Catalog settings, or Catalog › Backorders), now and when they change. Untick to give this product its own.",
        [P + "Fields.BackorderMode"] = "Backorders",
        [P + "Fields.BackorderMode.Hint"] = "Whether customers may buy this product when it is out of stock, and whether they are told it will be backordered. Backorders let stock go below 0.",
        [P + "Fields.CombinationsBackorderMode"] = "Backorders of combinations",
        [P + "Fields.CombinationsBackorderMode.Hint"] = "Stock is tracked by attributes: attribute combinations that follow the product allow out-of-stock orders when this policy allows backorders. The limit and restock date below apply to the product's combinations too.",
        [P + "Fields.BackorderLimit.Hint"] = "How many units below 0 customers may order. Empty: the store default limit. 0: unlimited.",
        [P + "Fields.BackorderLimit.Default"] = "Store default: {0}",
        [P + "Fields.BackorderLimit.DefaultUnlimited"] = "Store default: unlimited",
        [P + "Fields.ExpectedRestockDate.Hint"] = "Shown with the backorder message when customers are told, e.g. \"on backorder, expected 12 December\". Leave empty when unknown.",
        [P + "Fields.DefaultBackorderMode.Hint"] = "The backorder policy of every product that uses the default. Changing it moves those products to the new policy; products with their own policy keep it. Backorders let stock go below 0.",
        [P + "Fields.CombinationFollowsProduct"] = "Follow the product's backorder policy",
        [P + "Fields.CombinationFollowsProduct.Hint"] = "Allow out-of-stock orders for this combination exactly when the product's backorder policy allows backorders, now and when it changes. Untick to set \"Allow out of stock\" on this combination yourself.",
        [P + "Menu.Title"] = "Backorders",
        [P + "Configure.UnknownPolicy"] = "Choose whether customers may buy products that use the default when they are out of stock.",
        [P + "Configure.NegativeLimit"] = "The default backorder limit must be a whole number of 0 or more.",
    };
}
