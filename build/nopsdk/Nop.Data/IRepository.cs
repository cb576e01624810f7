using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Caching;

namespace Nop.Data;

// Subset of nopCommerce's repository interface the plugin calls.
public partial interface IRepository<TEntity> where TEntity : BaseEntity
{
    Task<TEntity> GetByIdAsync(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true, bool useShortTermCache = false);
    Task<IList<TEntity>> GetByIdsAsync(IList<int> ids, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true);
    Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true);
    Task InsertAsync(TEntity entity, bool publishEvent = true);
    Task InsertAsync(IList<TEntity> entities, bool publishEvent = true);
    Task UpdateAsync(TEntity entity, bool publishEvent = true);
    Task UpdateAsync(IList<TEntity> entities, bool publishEvent = true);
    Task DeleteAsync(TEntity entity, bool publishEvent = true);
    Task DeleteAsync(IList<TEntity> entities, bool publishEvent = true);
    Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate);
    IQueryable<TEntity> Table { get; }
}
