using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Domain.Events;

/// <summary>Published when one product's effective backorder policy changes, or it starts or stops following the default.</summary>
public record ProductBackorderPolicyChangedEvent(int ProductId, BackorderMode OldPolicy, BackorderMode NewPolicy, bool UsesDefault);

/// <summary>Published when the store-wide default changes, after every product that follows it has been updated.</summary>
public record DefaultBackorderPolicyChangedEvent(BackorderMode OldDefault, BackorderMode NewDefault, int ProductsUpdated);
