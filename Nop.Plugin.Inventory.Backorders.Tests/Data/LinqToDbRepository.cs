using System.Linq.Expressions;
using System.Reflection;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Events;
using Nop.Data;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

public enum RepositoryEventKind
{
    Inserted,
    Updated,
    Deleted
}

/// <summary>An entity event nopCommerce's repository would publish (EntityInsertedEvent&lt;T&gt; and so on).</summary>
public sealed record RepositoryEvent(RepositoryEventKind Kind, BaseEntity Entity)
{
    public Type EntityType => Entity.GetType();
}

/// <summary>
/// nopCommerce 4.90's <c>EntityRepository&lt;T&gt;</c> behaviour over a real database through linq2db, for tests.
/// <list type="bullet">
/// <item>Insert sets the identity into <see cref="BaseEntity.Id"/>; a list is inserted in one transaction, ids set.</item>
/// <item>Update/Delete go by Id (a missing row is not an error); Delete of a soft-deleted entity (Product, Order, ... —
/// ISoftDeletedEntity in nopCommerce) sets Deleted = true and updates instead; Delete(list) deletes by
/// <c>Id IN (...)</c>; Delete(predicate) is a set-based hard delete returning the count and publishes nothing.</item>
/// <item>GetById returns null for a null or 0 id; GetByIds keeps the order of the ids and skips missing ones;
/// <c>includeDeleted: false</c> filters soft-deleted rows out.</item>
/// <item>Caching is not modelled: <c>getCacheKey</c> is ignored, every call reads the database.</item>
/// <item>Events (when <c>publishEvent</c>): each one is appended to <see cref="Events"/> and, when an
/// <see cref="IEventPublisher"/> is given, published as nopCommerce's <c>EntityInsertedEvent&lt;T&gt;</c> /
/// <c>EntityUpdatedEvent&lt;T&gt;</c> / <c>EntityDeletedEvent&lt;T&gt;</c> if the surface declares that type.</item>
/// </list>
/// </summary>
public class LinqToDbRepository<TEntity> : IRepository<TEntity> where TEntity : BaseEntity
{
    private static readonly MethodInfo _publishAsync = typeof(IEventPublisher).GetMethod(nameof(IEventPublisher.PublishAsync))!;
    private static readonly Dictionary<RepositoryEventKind, Type> _eventTypes = new();
    private static readonly Dictionary<RepositoryEventKind, Func<TEntity, object>> _eventFactories = EventFactories();
    private static readonly PropertyInfo _deletedProperty = SoftDeletedProperty();

    private readonly DataOptions _options;
    private readonly IEventPublisher _eventPublisher;

    public LinqToDbRepository(DataOptions options, IList<RepositoryEvent> events = null, IEventPublisher eventPublisher = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        Events = events ?? new List<RepositoryEvent>();
        _eventPublisher = eventPublisher;
    }

    /// <summary>Events published by this repository (shared with others when created by <see cref="TestDatabase.GetRepository{TEntity}"/>).</summary>
    public IList<RepositoryEvent> Events { get; }

    /// <summary>Whether Delete marks the entity deleted instead of removing its row, as nopCommerce does for ISoftDeletedEntity.</summary>
    public static bool IsSoftDeleted => _deletedProperty != null;

    /// <summary>A fresh context per query, as nopCommerce's data provider: the connection is opened per statement.</summary>
    public virtual IQueryable<TEntity> Table => new DataContext(_options).GetTable<TEntity>();

    public virtual async Task<TEntity> GetByIdAsync(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true,
        bool useShortTermCache = false)
    {
        if (!id.HasValue || id == 0)
            return null;

        var value = id.Value;
        return await AsyncExtensions.FirstOrDefaultAsync(AddDeletedFilter(Table, includeDeleted), e => e.Id == value);
    }

    public virtual async Task<IList<TEntity>> GetByIdsAsync(IList<int> ids, Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        if (ids?.Any() != true)
            return new List<TEntity>();

        var distinct = ids.Distinct().ToList();
        var found = await AsyncExtensions.ToListAsync(AddDeletedFilter(Table, includeDeleted).Where(e => distinct.Contains(e.Id)));
        var byId = found.ToDictionary(e => e.Id);

        var sorted = new List<TEntity>(ids.Count);
        foreach (var id in ids)
            if (byId.TryGetValue(id, out var entity))
                sorted.Add(entity);

        return sorted;
    }

    public virtual async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true)
    {
        var query = AddDeletedFilter(Table, includeDeleted);
        query = func != null ? func(query) : query;

        return await AsyncExtensions.ToListAsync(query);
    }

    public virtual async Task InsertAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        await using (var db = new DataConnection(_options))
            entity.Id = await db.InsertWithInt32IdentityAsync(entity);

        if (publishEvent)
            await PublishAsync(RepositoryEventKind.Inserted, entity);
    }

    public virtual async Task InsertAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        // As nopCommerce's BulkInsertEntitiesAsync: the identities are reserved first (a sequence on PostgreSQL, MAX(Id) on the
        // others), then one linq2db BulkCopy with KeepIdentity and default options (multi-row INSERTs). Inside a caller's
        // TransactionScope (e.g. an import's) the insert joins it, as nopCommerce's does; otherwise its own transaction
        // (Microsoft.Data.Sqlite does not enlist in a TransactionScope).
        if (entities.Count > 0)
        {
            await using var db = new DataConnection(_options);
            var postgres = db.DataProvider.Name.Contains("PostgreSQL", StringComparison.OrdinalIgnoreCase);
            if (System.Transactions.Transaction.Current is not null)
                await BulkCopyAsync(db, entities, postgres);
            else
            {
                await using var transaction = await db.BeginTransactionAsync();
                await BulkCopyAsync(db, entities, postgres);
                await transaction.CommitAsync();
            }
        }

        if (!publishEvent)
            return;

        foreach (var entity in entities)
            await PublishAsync(RepositoryEventKind.Inserted, entity);
    }

    private static async Task BulkCopyAsync(DataConnection db, IList<TEntity> entities, bool postgres)
    {
        if (postgres)
        {
            // nopCommerce's RetrieveIdentity(useSequenceName: true): nextval of the Id column's sequence, once per row.
            var table = db.MappingSchema.GetEntityDescriptor(typeof(TEntity)).Name.Name;
            var ids = await db.QueryToListAsync<int>($"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id'))::int FROM generate_series(1, {entities.Count})");
            for (var i = 0; i < entities.Count; i++)
                entities[i].Id = ids[i];
        }
        else
        {
            var table = db.MappingSchema.GetEntityDescriptor(typeof(TEntity)).Name.Name;
            var quoted = db.DataProvider.Name.Contains("MySql", StringComparison.OrdinalIgnoreCase) ? $"`{table}`" : $"\"{table}\"";
            var last = await db.ExecuteAsync<int?>($"SELECT MAX(Id) FROM {quoted}") ?? 0;
            foreach (var entity in entities)
                entity.Id = ++last;
        }

        await db.BulkCopyAsync(new BulkCopyOptions { KeepIdentity = true }, entities);
    }

    public virtual async Task UpdateAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        await using (var db = new DataConnection(_options))
            await db.UpdateAsync(entity);

        if (publishEvent)
            await PublishAsync(RepositoryEventKind.Updated, entity);
    }

    public virtual async Task UpdateAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (!entities.Any())
            return;

        // nopCommerce updates them one by one, without a transaction.
        await using (var db = new DataConnection(_options))
            foreach (var entity in entities)
                await db.UpdateAsync(entity);

        if (!publishEvent)
            return;

        foreach (var entity in entities)
            await PublishAsync(RepositoryEventKind.Updated, entity);
    }

    public virtual async Task DeleteAsync(TEntity entity, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entity);

        await using (var db = new DataConnection(_options))
        {
            if (IsSoftDeleted)
            {
                _deletedProperty.SetValue(entity, true);
                await db.UpdateAsync(entity);
            }
            else
                await db.DeleteAsync(entity);
        }

        if (publishEvent)
            await PublishAsync(RepositoryEventKind.Deleted, entity);
    }

    public virtual async Task DeleteAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        ArgumentNullException.ThrowIfNull(entities);

        if (!entities.Any())
            return;

        await using (var db = new DataConnection(_options))
        {
            await using var transaction = await db.BeginTransactionAsync();
            if (IsSoftDeleted)
            {
                foreach (var entity in entities)
                {
                    _deletedProperty.SetValue(entity, true);
                    await db.UpdateAsync(entity);
                }
            }
            else if (entities.All(e => e.Id == 0))
            {
                foreach (var entity in entities)
                    await db.DeleteAsync(entity);
            }
            else
            {
                var ids = entities.Select(e => e.Id).ToList();
                await db.GetTable<TEntity>().Where(e => ids.Contains(e.Id)).DeleteAsync();
            }

            await transaction.CommitAsync();
        }

        if (!publishEvent)
            return;

        foreach (var entity in entities)
            await PublishAsync(RepositoryEventKind.Deleted, entity);
    }

    public virtual async Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);

        await using var db = new DataConnection(_options);
        return await db.GetTable<TEntity>().Where(predicate).DeleteAsync();
    }

    protected virtual IQueryable<TEntity> AddDeletedFilter(IQueryable<TEntity> query, bool includeDeleted)
    {
        if (includeDeleted || !IsSoftDeleted)
            return query;

        var e = Expression.Parameter(typeof(TEntity), "e");
        var notDeleted = Expression.Lambda<Func<TEntity, bool>>(Expression.Not(Expression.Property(e, _deletedProperty)), e);
        return query.Where(notDeleted);
    }

    protected virtual async Task PublishAsync(RepositoryEventKind kind, TEntity entity)
    {
        lock (Events)
            Events.Add(new RepositoryEvent(kind, entity));

        if (_eventPublisher != null && _eventFactories.TryGetValue(kind, out var create))
            await (Task)_publishAsync.MakeGenericMethod(_eventTypes[kind]).Invoke(_eventPublisher, [create(entity)])!;
    }

    private static Dictionary<RepositoryEventKind, Func<TEntity, object>> EventFactories()
    {
        var factories = new Dictionary<RepositoryEventKind, Func<TEntity, object>>();
        foreach (var kind in Enum.GetValues<RepositoryEventKind>())
        {
            // Only the event types the surface declares (Nop.Core.Events.EntityInsertedEvent`1, ...).
            var open = typeof(BaseEntity).Assembly.GetType($"Nop.Core.Events.Entity{kind}Event`1");
            var closed = open?.MakeGenericType(typeof(TEntity));
            var constructor = closed?.GetConstructor([typeof(TEntity)]);
            if (constructor == null)
                continue;
            _eventTypes[kind] = closed;
            factories[kind] = entity => constructor.Invoke([entity]);
        }

        return factories;
    }

    private static PropertyInfo SoftDeletedProperty()
    {
        var type = typeof(TEntity);
        var softDeleted = type.GetInterface("ISoftDeletedEntity") != null || NopTables.SoftDeletedEntityNames.Contains(type.FullName!);
        var property = type.GetProperty("Deleted", BindingFlags.Instance | BindingFlags.Public);
        return softDeleted && property?.PropertyType == typeof(bool) && property.CanWrite ? property : null;
    }
}
