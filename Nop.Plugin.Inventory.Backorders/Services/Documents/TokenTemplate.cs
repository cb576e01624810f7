using System.Text;

namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>Why a template was refused: the locale resource of the reason and the offending text.</summary>
/// <param name="ResourceKey">Locale resource with {0} = the field's name, {1} = the offending text.</param>
public sealed record TokenTemplateError(string ResourceKey, string OffendingText);

/// <summary>
/// Templates with tokens in square brackets, e.g. "[cataloginventoryItemQty] in stock, [orderItemQtyBackordered] backordered".
/// Token names are case-insensitive. Rendering is one pass over the template: a value is copied in as plain text and is
/// never looked at again, so a product named "Bolt [orderNumber]" prints literally. Escaping for HTML/PDF/CSV is the
/// writer's job, not this class's.
/// </summary>
public static class TokenTemplate
{
    public const string UnknownTokenKey = BackordersDefaults.ResourcePrefix + "Errors.Template.UnknownToken";
    public const string UnclosedBracketKey = BackordersDefaults.ResourcePrefix + "Errors.Template.UnclosedBracket";
    public const string UnopenedBracketKey = BackordersDefaults.ResourcePrefix + "Errors.Template.UnopenedBracket";

    /// <summary>Replaces each known [token] by its value; anything else is copied as it is.</summary>
    /// <param name="values">Token name (without brackets) → value; compared case-insensitively whatever the dictionary's comparer.</param>
    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        if (string.IsNullOrEmpty(template))
            return string.Empty;

        var lookup = values as Dictionary<string, string> is { } d && Equals(d.Comparer, StringComparer.OrdinalIgnoreCase)
            ? d
            : new Dictionary<string, string>(values ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('[', at);
            if (open < 0)
                break;
            var close = template.IndexOf(']', open + 1);
            if (close < 0)
                break;

            // "[[x]": the first bracket is text; the token starts at the innermost one.
            var inner = template.LastIndexOf('[', close - 1, close - open);
            text.Append(template, at, inner - at);
            var name = template.Substring(inner + 1, close - inner - 1);
            if (lookup.TryGetValue(name, out var value))
                text.Append(value);
            else
                text.Append(template, inner, close - inner + 1);
            at = close + 1;
        }

        text.Append(template, at, template.Length - at);
        return text.ToString();
    }

    /// <summary>The first problem of a template, or null when every bracket is a known token.</summary>
    /// <param name="knownTokens">Token names without brackets (case-insensitive).</param>
    public static TokenTemplateError Validate(string template, IEnumerable<string> knownTokens)
    {
        if (string.IsNullOrEmpty(template))
            return null;

        var known = new HashSet<string>(knownTokens ?? [], StringComparer.OrdinalIgnoreCase);
        var open = -1;
        for (var i = 0; i < template.Length; i++)
        {
            switch (template[i])
            {
                case '[' when open >= 0:
                    return new TokenTemplateError(UnclosedBracketKey, Excerpt(template, open, i));
                case '[':
                    open = i;
                    break;
                case ']' when open < 0:
                    return new TokenTemplateError(UnopenedBracketKey, Excerpt(template, Math.Max(0, i - 20), i + 1));
                case ']':
                    var token = template.Substring(open, i - open + 1);
                    if (!known.Contains(token[1..^1]))
                        return new TokenTemplateError(UnknownTokenKey, token);
                    open = -1;
                    break;
            }
        }

        return open >= 0 ? new TokenTemplateError(UnclosedBracketKey, Excerpt(template, open, template.Length)) : null;
    }

    // At most 30 characters of the offending text, so a long template does not flood the message.
    private static string Excerpt(string template, int from, int to)
    {
        var length = Math.Min(to - from, 30);
        return template.Substring(from, length);
    }
}
