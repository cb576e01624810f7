using LinqToDB.Data;

namespace Nop.Data;

// Subset the plugin calls: set-based statements nopCommerce's repository has no equivalent for.
public partial interface INopDataProvider
{
    Task<int> ExecuteNonQueryAsync(string sql, params DataParameter[] dataParameters);
    Task<IList<T>> QueryAsync<T>(string sql, params DataParameter[] parameters);
}
