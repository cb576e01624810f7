using System.Linq.Expressions;

namespace System.Linq;

// nopCommerce's async query helpers (Nop.Data). Here they simply materialise the query,
// which is what the test harness's providers need.
public static class AsyncIQueryableExtensions
{
    public static Task<bool> AnyAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        Task.FromResult(predicate == null ? source.Any() : source.Any(predicate));

    public static Task<int> CountAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        Task.FromResult(predicate == null ? source.Count() : source.Count(predicate));

    public static Task<TSource> FirstOrDefaultAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate = null) =>
        Task.FromResult(predicate == null ? source.FirstOrDefault() : source.FirstOrDefault(predicate));

    public static Task<int> SumAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, int>> predicate) =>
        Task.FromResult(source.Sum(predicate));

    public static Task<TResult> MaxAsync<TSource, TResult>(this IQueryable<TSource> source, Expression<Func<TSource, TResult>> predicate) =>
        Task.FromResult(source.Max(predicate));

    public static Task<List<TSource>> ToListAsync<TSource>(this IQueryable<TSource> source) =>
        Task.FromResult(source.ToList());

    public static Task<TSource[]> ToArrayAsync<TSource>(this IQueryable<TSource> source) =>
        Task.FromResult(source.ToArray());

    public static Task<Dictionary<TKey, TSource>> ToDictionaryAsync<TSource, TKey>(this IQueryable<TSource> source,
        Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer = null) where TKey : notnull =>
        Task.FromResult(source.ToDictionary(keySelector, comparer));
}
