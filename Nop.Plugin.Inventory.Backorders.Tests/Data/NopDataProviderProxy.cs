using System.Reflection;
using LinqToDB;
using LinqToDB.Data;
using Nop.Data;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

/// <summary>
/// <see cref="INopDataProvider"/> over a test database, as nopCommerce's data provider: ExecuteNonQueryAsync and
/// QueryAsync run the SQL as given. A proxy, so that members the surface adds later compile (and throw when called).
/// </summary>
public class NopDataProviderProxy : DispatchProxy
{
    private DataOptions _options;

    public static INopDataProvider Create(DataOptions options)
    {
        var proxy = Create<INopDataProvider, NopDataProviderProxy>();
        ((NopDataProviderProxy)(object)proxy)._options = options;
        return proxy;
    }

    protected override object Invoke(MethodInfo targetMethod, object[] args)
    {
        var parameters = args?.Length > 1 ? args[1] as DataParameter[] ?? [] : [];
        return targetMethod?.Name switch
        {
            nameof(INopDataProvider.ExecuteNonQueryAsync) => ExecuteNonQueryAsync((string)args![0], parameters),
            "QueryAsync" when targetMethod.IsGenericMethod => typeof(NopDataProviderProxy)
                .GetMethod(nameof(QueryAsync), BindingFlags.Instance | BindingFlags.NonPublic)!
                .MakeGenericMethod(targetMethod.GetGenericArguments())
                .Invoke(this, [args![0], parameters]),
            _ => throw new NotSupportedException(
                $"INopDataProvider.{targetMethod?.Name} is not implemented by the test harness (Tests/Data/TestDatabase.cs).")
        };
    }

    private async Task<int> ExecuteNonQueryAsync(string sql, DataParameter[] parameters)
    {
        await using var db = new DataConnection(_options);
        return await db.ExecuteAsync(sql, parameters);
    }

    private async Task<IList<T>> QueryAsync<T>(string sql, DataParameter[] parameters)
    {
        await using var db = new DataConnection(_options);
        return await db.QueryToListAsync<T>(sql, parameters);
    }
}
