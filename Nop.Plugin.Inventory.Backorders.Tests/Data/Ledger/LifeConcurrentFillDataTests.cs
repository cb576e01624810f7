using System.Collections.Concurrent;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Plugin.Inventory.Backorders.Domain.Events;
using Nop.Plugin.Inventory.Backorders.Services.Ledger;
using static Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger.LifeData;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Ledger;

/// <summary>
/// The same restock seen by two application instances at once (two independent service graphs, each with its own
/// connections, sharing the database: a nopCommerce web farm): every unit is handed out once. PostgreSQL and MariaDB,
/// where writers really overlap.
/// </summary>
[TestFixture(DatabaseProvider.PostgreSql)]
[TestFixture(DatabaseProvider.MariaDb)]
public class LifeConcurrentFillDataTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const int Rounds = 5;
    private const int FillersPerInstance = 4;

    [Test]
    public async Task Two_instances_filling_the_same_restock_never_hand_out_a_unit_twice()
    {
        var instances = new[] { new LifeHarness(Database), new LifeHarness(Database) };
        var product = await ProductAsync(Database, -54);
        var lines = new List<OrderItemBackorder>();
        for (var i = 0; i < 54; i++)
            lines.Add((await BackorderedOrderAsync(Database, product, i % 3 + 1, i % 3 + 1)).Line);
        var waiting = lines.Sum(l => l.QuantityBackordered);
        SetStock(Database, product, -waiting);

        var stock = -waiting;
        for (var round = 1; round <= Rounds; round++)
        {
            stock += 13; // −108 → −43 in steps of 13: partly filled lines at every boundary
            SetStock(Database, product, stock);
            var events = new ConcurrentBag<BackorderLineFilledEvent>();
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var fillers = instances.SelectMany(instance => Enumerable.Range(0, FillersPerInstance).Select(_ => Task.Run(async () =>
            {
                var service = instance.FillService();
                await gate.Task;
                foreach (var filled in await service.FillAsync(StockKey.Product(product.Id)))
                    events.Add(filled);
            }))).ToArray();
            gate.SetResult();
            await Task.WhenAll(fillers);

            var stored = Lines(Database);
            stored.Sum(Open).Should().Be(Math.Max(0, -stock), $"round {round}: what waits is exactly the shortfall");
            stored.Sum(l => l.QuantityFilled).Should().Be(waiting - Math.Max(0, -stock));
            events.Sum(e => e.QuantityFilledNow).Should().Be(13, $"round {round}: the 13 units that arrived, handed out once");
            stored.Should().OnlyContain(l => l.QuantityFilled <= l.QuantityBackordered);
            // Oldest first: every line before a waiting one is filled completely.
            var firstWaiting = stored.FindIndex(l => Open(l) > 0);
            stored.Take(firstWaiting).Should().OnlyContain(l => l.Status == BackorderLineStatus.Filled);
            stored.Skip(firstWaiting + 1).Should().OnlyContain(l => l.QuantityFilled == 0);
        }
    }
}
