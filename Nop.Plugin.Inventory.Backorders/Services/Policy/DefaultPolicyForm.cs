using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>The store-wide default as posted from the catalog settings page (fields prefixed so they never collide with nopCommerce's).</summary>
public readonly record struct DefaultPolicyChoice(BackorderMode DefaultPolicy, int DefaultLimit);

public static class DefaultPolicyForm
{
    public const string Marker = "Backorders.DefaultPosted";
    public const string Policy = "Backorders.DefaultBackorderModeId";
    public const string Limit = "Backorders.DefaultBackorderLimit";

    public record Result(DefaultPolicyChoice? Choice, IReadOnlyList<(string Field, string Error)> Errors);

    public static Result Parse(Func<string, string> field)
    {
        if (string.IsNullOrEmpty(field(Marker)))
            return new Result(null, []);

        var errors = new List<(string, string)>();

        var policyText = field(Policy);
        if (!FormValue.TryPolicy(policyText, out var policy))
            errors.Add((Policy, $"Choose whether customers may buy products when they are out of stock (got '{policyText}')."));

        var limitText = field(Limit)?.Trim();
        var limit = 0;
        if (!string.IsNullOrEmpty(limitText) && !FormValue.TryWholeNumber(limitText, out limit))
            errors.Add((Limit, $"The default backorder limit must be a whole number of 0 or more (got '{limitText}')."));

        return errors.Count > 0 ? new Result(null, errors) : new Result(new DefaultPolicyChoice(policy, limit), []);
    }
}
