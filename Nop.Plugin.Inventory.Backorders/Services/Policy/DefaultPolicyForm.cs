using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services;

namespace Nop.Plugin.Inventory.Backorders.Services.Policy;

/// <summary>The store-wide default as posted from the catalog settings page (fields prefixed so they never collide with nopCommerce's).</summary>
public readonly record struct DefaultPolicyChoice(BackorderMode DefaultPolicy, int DefaultLimit);

public static class DefaultPolicyForm
{
    public const string Marker = "Backorders.DefaultPosted";
    public const string Policy = "Backorders.DefaultBackorderModeId";
    public const string Limit = "Backorders.DefaultBackorderLimit";

    /// <summary>Locale resources of the errors (format strings; {0} is the posted text).</summary>
    public const string PolicyError = BackordersDefaults.ResourcePrefix + "Errors.DefaultBackorderMode";
    public const string LimitError = BackordersDefaults.ResourcePrefix + "Errors.DefaultBackorderLimit";

    public record Result(DefaultPolicyChoice? Choice, IReadOnlyList<FormError> Errors);

    public static Result Parse(Func<string, string> field)
    {
        if (string.IsNullOrEmpty(field(Marker)))
            return new Result(null, []);

        var errors = new List<FormError>();

        var policyText = field(Policy);
        if (!FormValue.TryPolicy(policyText, out var policy))
            errors.Add(new FormError(Policy, PolicyError, policyText ?? string.Empty));

        var limitText = field(Limit)?.Trim();
        var limit = 0;
        if (!string.IsNullOrEmpty(limitText) && !FormValue.TryWholeNumber(limitText, out limit))
            errors.Add(new FormError(Limit, LimitError, limitText));

        return errors.Count > 0 ? new Result(null, errors) : new Result(new DefaultPolicyChoice(policy, limit), []);
    }
}
