using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Domain.Events;

/// <summary>Published when one product's effective backorder policy changes, or it starts or stops following the default.</summary>
public record ProductBackorderPolicyChangedEvent(int ProductId, BackorderMode OldPolicy, BackorderMode NewPolicy, bool UsesDefault);

/// <summary>Published when the store-wide default changes, after every product that follows it has been updated.</summary>
public record DefaultBackorderPolicyChangedEvent(BackorderMode OldDefault, BackorderMode NewDefault, int ProductsUpdated);

/// <summary>
/// Published once per batch of a default switch (set-based statements, which raise no entity events): the products whose
/// policy changed from the default they followed (<paramref name="OldPolicy"/>) to the new one, and the products whose
/// low-stock flags were lifted (buy and wishlist buttons enabled again, or published again) because their policy now
/// allows backorders. The lists hold product Ids only; load the products if you need them. nopCommerce's caches for
/// these products and their attribute combinations are already cleared when it is published.
/// </summary>
public record ProductsBackorderPolicyChangedEvent(IReadOnlyList<int> ProductIds, BackorderMode OldPolicy, BackorderMode NewPolicy,
    IReadOnlyList<int> ProductIdsWithFlagsLifted);
