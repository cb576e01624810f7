using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;
using Nop.Services.Orders;
using static Nop.Core.Domain.Catalog.BackorderMode;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class CheckoutBackorderLimitTests
{
    // policy, limit, quantity in the cart, stock now (null: not kept that way) -> refused
    [TestCase(AllowQtyBelow0, 20, 5, -15, false, TestName = "exactly down to the limit")]
    [TestCase(AllowQtyBelow0, 20, 6, -15, true, TestName = "one beyond the limit on today's stock")]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, 20, 30, 10, false, TestName = "stock covers part, the rest within the limit")]
    [TestCase(AllowQtyBelow0AndNotifyCustomer, 20, 1, -21, true, TestName = "already beyond the limit")]
    [TestCase(AllowQtyBelow0, 0, 500, -1000, false, TestName = "no limit")]
    [TestCase(AllowQtyBelow0, 20, 500, null, false, TestName = "the product no longer keeps stock that way")]
    public void Rule(BackorderMode policy, int limit, int quantity, int? availableNow, bool refused) =>
        CheckoutBackorderLimitRule.Refuses(new CheckoutStock(StockKey.Product(1), policy, limit, quantity), availableNow).Should().Be(refused);

    [Test]
    public void Lines_sharing_a_stock_add_up_and_other_stocks_stay_apart()
    {
        var stocks = new Dictionary<StockKey, CheckoutStock>();

        CheckoutBackorderLimitRule.Add(stocks, new CheckoutStock(StockKey.Product(1), AllowQtyBelow0, 0, 2));
        CheckoutBackorderLimitRule.Add(stocks, new CheckoutStock(StockKey.Combination(2, 7), AllowQtyBelow0, 0, 4));
        CheckoutBackorderLimitRule.Add(stocks, new CheckoutStock(StockKey.Product(1), AllowQtyBelow0, 0, 3));
        CheckoutBackorderLimitRule.Add(stocks, new CheckoutStock(StockKey.Combination(2, 8), AllowQtyBelow0, 0, 1));

        stocks.Values.Select(s => (s.Key, s.Quantity)).Should().BeEquivalentTo(
            [(StockKey.Product(1), 5), (StockKey.Combination(2, 7), 4), (StockKey.Combination(2, 8), 1)]);
    }

    [Test]
    public void The_order_processing_service_nopCommerce_resolves_is_the_plugin_s_and_it_checks_before_the_payment_step()
    {
        var services = new ServiceCollection();
        new NopStartup().ConfigureServices(services, new ConfigurationBuilder().Build());

        services.Last(d => d.ServiceType == typeof(IOrderProcessingService)).ImplementationType.Should().Be(typeof(BackorderOrderProcessingService));
        services.Should().Contain(d => d.ServiceType == typeof(CheckoutBackorderLimit) && d.Lifetime == ServiceLifetime.Scoped);

        // The step PlaceOrderAsync runs right before the payment (its exceptions become the PlaceOrderResult's errors).
        typeof(BackorderOrderProcessingService).GetMethod("GetProcessPaymentResultAsync", BindingFlags.Instance | BindingFlags.NonPublic)!
            .DeclaringType.Should().Be(typeof(BackorderOrderProcessingService));
    }
}
