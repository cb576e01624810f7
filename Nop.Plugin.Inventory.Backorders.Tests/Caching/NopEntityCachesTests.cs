using Moq;
using Nop.Core.Caching;
using Nop.Plugin.Inventory.Backorders.Data;
using Nop.Plugin.Inventory.Backorders.Services;

namespace Nop.Plugin.Inventory.Backorders.Tests.Caching;

public class NopEntityCachesTests
{
    private static List<string> Calls(Mock<IStaticCacheManager> cache) =>
        cache.Invocations.Select(i => $"{i.Method.Name} {string.Join(" ", i.Arguments.Select(a => a switch
        {
            CacheKey key => key.Key,
            object[] values => string.Join(",", values),
            _ => a?.ToString()
        }))}".TrimEnd()).ToList();

    [TestCase(1, false)]
    [TestCase(NopEntityCaches.PerEntityUpTo, false)]
    [TestCase(NopEntityCaches.PerEntityUpTo + 1, true)]
    [TestCase(100_000, true)]
    public async Task Products_keys_are_cleared_one_by_one_up_to_the_limit_and_by_prefix_above_it(int count, bool byPrefix)
    {
        var cache = new Mock<IStaticCacheManager>();
        var ids = Enumerable.Range(1, count).ToList();

        await new NopEntityCaches(cache.Object).ProductsUpdatedAsync(ids);

        var calls = Calls(cache);
        var shared = new[]
        {
            "RemoveAsync Nop.product.homepage.", "RemoveByPrefixAsync Nop.shoppingcartitem.all.", "RemoveByPrefixAsync Nop.product.featured.",
            "RemoveByPrefixAsync Nop.product.byids.", "RemoveByPrefixAsync Nop.product.all."
        };
        if (byPrefix)
        {
            calls.Should().Equal([
                .. shared,
                "RemoveByPrefixAsync Nop.productmanufacturer.byproduct.", "RemoveByPrefixAsync Nop.totals.productprice.",
                "RemoveByPrefixAsync Nop.discount.applied.", "RemoveByPrefixAsync Nop.product.byid."
            ]);
        }
        else
        {
            calls.Should().HaveCount(shared.Length + 5 * count);
            calls.Should().StartWith(shared);
            calls.Should().Contain([
                $"RemoveByPrefixAsync Nop.totals.productprice.{{0}} {count}", $"RemoveAsync Nop.discount.applied.{{0}}-{{1}} Product,{count}",
                $"RemoveAsync Nop.product.byid.{{0}} {count}"
            ]);
        }
    }

    [TestCase(NopEntityCaches.PerEntityUpTo, 1, false, false)]
    [TestCase(NopEntityCaches.PerEntityUpTo + 1, 1, true, false)]
    [TestCase(NopEntityCaches.PerEntityUpTo + 1, NopEntityCaches.PerEntityUpTo + 1, true, true)]
    public async Task Combinations_keys_are_cleared_one_by_one_up_to_the_limit_and_by_prefix_above_it(int count, int products,
        bool combinationsByPrefix, bool productsByPrefix)
    {
        var cache = new Mock<IStaticCacheManager>();
        var combinations = Enumerable.Range(1, count).Select(i => new ChangedCombination { Id = i, ProductId = 1 + i % products }).ToList();

        await new NopEntityCaches(cache.Object).CombinationsUpdatedAsync(combinations);

        var calls = Calls(cache);
        calls.Contains("RemoveByPrefixAsync Nop.productattributecombination.byid.").Should().Be(combinationsByPrefix);
        calls.Count(c => c.StartsWith("RemoveAsync Nop.productattributecombination.byid.")).Should().Be(combinationsByPrefix ? 0 : count);
        calls.Contains("RemoveByPrefixAsync Nop.productattributemapping.byproduct.").Should().Be(productsByPrefix);
        calls.Contains("RemoveByPrefixAsync Nop.productattributecombination.byproduct.").Should().Be(productsByPrefix);
        calls.Contains("RemoveByPrefixAsync Nop.totals.productprice.multiple.").Should().Be(productsByPrefix);
        calls.Count(c => c.StartsWith("RemoveAsync Nop.productattributemapping.byproduct.")).Should().Be(productsByPrefix ? 0 : products);
    }
}
