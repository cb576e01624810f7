using Nop.Plugin.Inventory.Backorders.Models;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>A refused value of the Documents card: the field (model state key), the message's resource and its arguments after the field's name.</summary>
public sealed record DocumentSettingsError(string Field, string LabelResourceKey, string ResourceKey, string OffendingText);

/// <summary>
/// Reads the configure page's Documents card: column positions into the stored column lists, the grouping by name,
/// the templates checked against the known tokens. Every refusal names the field and the offending text.
/// </summary>
public static class DocumentSettingsForm
{
    public const string UnknownColumnKey = BackordersDefaults.ResourcePrefix + "Errors.DocumentColumn";
    public const string NegativePositionKey = BackordersDefaults.ResourcePrefix + "Errors.DocumentColumnPosition";
    public const string UnknownGroupingKey = BackordersDefaults.ResourcePrefix + "Errors.PickListGrouping";

    private const string Fields = BackordersDefaults.ResourcePrefix + "Fields.";

    /// <summary>The choices the page offers for a stored column list: every column, the chosen ones numbered in their order.</summary>
    public static IReadOnlyList<(DocumentColumn Column, int Position)> Positions(string stored)
    {
        var chosen = DocumentLayout.Parse(stored);
        return Enum.GetValues<DocumentColumn>()
            .Select(c => (c, chosen.Contains(c) ? chosen.ToList().IndexOf(c) + 1 : 0))
            .ToList();
    }

    /// <summary>
    /// The stored list of a posted card: columns with a position above 0, by position (ties: the page's order); null when
    /// no row was posted (a form without the card: the stored choice stays).
    /// </summary>
    public static string Columns(IEnumerable<DocumentColumnPositionModel> posted, string field, ICollection<DocumentSettingsError> errors)
    {
        if (posted is null || !posted.Any())
            return null;

        var chosen = new List<(DocumentColumn Column, int Position, int Index)>();
        var index = 0;
        foreach (var row in posted)
        {
            index++;
            if (!DocumentLayout.TryName(row?.Column, out DocumentColumn column))
            {
                errors.Add(new DocumentSettingsError(field, Fields + field, UnknownColumnKey, row?.Column ?? string.Empty));
                continue;
            }

            if (row.Position < 0)
                errors.Add(new DocumentSettingsError(field, Fields + field, NegativePositionKey, row.Column));
            else if (row.Position > 0)
                chosen.Add((column, row.Position, index));
        }

        return DocumentLayout.Format(chosen.OrderBy(c => c.Position).ThenBy(c => c.Index).Select(c => c.Column));
    }

    /// <summary>The grouping by its name; null and an error for anything else, numbers included; null alone when none was posted.</summary>
    public static PickListGrouping? Grouping(string posted, string field, ICollection<DocumentSettingsError> errors)
    {
        if (string.IsNullOrWhiteSpace(posted))
            return null;
        if (DocumentLayout.TryName(posted, out PickListGrouping grouping))
            return grouping;

        errors.Add(new DocumentSettingsError(field, Fields + field, UnknownGroupingKey, posted ?? string.Empty));
        return null;
    }

    /// <summary>A template as it is stored (trimmed; empty allowed), or an error naming the offending text.</summary>
    public static string Template(string posted, string field, IEnumerable<string> knownTokens, ICollection<DocumentSettingsError> errors)
    {
        var template = posted?.Trim() ?? string.Empty;
        if (TokenTemplate.Validate(template, knownTokens) is { } error)
            errors.Add(new DocumentSettingsError(field, Fields + field, error.ResourceKey, error.OffendingText));
        return template;
    }
}
