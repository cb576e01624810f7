using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Storefront;

public class AtomicStockWriteGuardTests
{
    [Test]
    public async Task Leaves_out_exactly_one_write_of_that_product_inside_the_window()
    {
        AtomicStockWriteGuard.TryConsume(5).Should().BeFalse("no window is open");

        using (AtomicStockWriteGuard.Begin(5))
        {
            await Task.Yield();
            AtomicStockWriteGuard.TryConsume(6).Should().BeFalse("another product's write goes through");
            (await Task.Run(() => AtomicStockWriteGuard.TryConsume(5))).Should().BeTrue("the window flows into awaited calls");
            AtomicStockWriteGuard.TryConsume(5).Should().BeFalse("only the one write is left out");
        }

        AtomicStockWriteGuard.TryConsume(5).Should().BeFalse();
    }

    [Test]
    public async Task Nested_changes_restore_the_outer_window()
    {
        using (AtomicStockWriteGuard.Begin(1))
        {
            using (AtomicStockWriteGuard.Begin(2))
                AtomicStockWriteGuard.TryConsume(2).Should().BeTrue();

            await Task.Yield();
            AtomicStockWriteGuard.TryConsume(1).Should().BeTrue("a bundle's inner change does not use up the outer one");
        }
    }

    [Test]
    public async Task Parallel_call_chains_do_not_see_each_other()
    {
        async Task<bool> Chain(int id)
        {
            using (AtomicStockWriteGuard.Begin(id))
            {
                await Task.Delay(10);
                return AtomicStockWriteGuard.TryConsume(id) && !AtomicStockWriteGuard.TryConsume(id);
            }
        }

        (await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => Chain(i % 3))))).Should().OnlyContain(ok => ok);
    }

    [Test]
    public void A_window_leaves_out_only_the_write_of_its_kind_and_hands_back_the_stock_the_change_produced()
    {
        AtomicStockWriteGuard.Begin(AtomicStockChange.None).Should().BeNull("nothing changed, nothing to leave out");

        using (AtomicStockWriteGuard.Begin(new AtomicStockChange(AtomicStockKind.Combination, 7, -3)))
        {
            AtomicStockWriteGuard.TryConsume(7).Should().BeFalse("product 7's write is not combination 7's");
            AtomicStockWriteGuard.TryConsume(AtomicStockKind.Warehouses, 7, out _).Should().BeFalse();
            AtomicStockWriteGuard.TryConsume(AtomicStockKind.Combination, 7, out var stockAfter).Should().BeTrue();
            stockAfter.Should().Be(-3);
            AtomicStockWriteGuard.TryConsume(AtomicStockKind.Combination, 7, out _).Should().BeFalse();
        }
    }
}
