using System.Globalization;
using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Inventory.Backorders.Services.Rules;

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
        var policy = BackorderMode.NoBackorders;
        if (int.TryParse(policyText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Enum.IsDefined(typeof(BackorderMode), id))
            policy = (BackorderMode)id;
        else
            errors.Add((Policy, $"Choose whether customers may buy products when they are out of stock (got '{policyText}')."));

        var limitText = field(Limit)?.Trim();
        var limit = 0;
        if (!string.IsNullOrEmpty(limitText) && !int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit))
            errors.Add((Limit, $"The default backorder limit must be a whole number of 0 or more (got '{limitText}')."));

        return errors.Count > 0 ? new Result(null, errors) : new Result(new DefaultPolicyChoice(policy, limit), []);
    }
}
