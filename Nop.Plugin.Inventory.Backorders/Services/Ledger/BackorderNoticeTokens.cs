using System.Net;
using System.Text;
using Nop.Plugin.Inventory.Backorders.Domain;
using Nop.Services.Messages;

namespace Nop.Plugin.Inventory.Backorders.Services.Ledger;

/// <summary>
/// The plugin's own tokens in its message templates (besides nopCommerce's %Store.*%, %Order.*% and %Customer.*%):
/// <list type="bullet">
/// <item>%Backorders.Lines%: a table of the order's backordered lines (product, ordered, backordered, filled, still waiting).</item>
/// <item>%Backorders.QuantityBackordered%, %Backorders.QuantityFilled%, %Backorders.QuantityWaiting%: the order's totals.</item>
/// </list>
/// Every text in the table is HTML-encoded here (the token itself is inserted as HTML).
/// </summary>
public static class BackorderNoticeTokens
{
    public const string Lines = "Backorders.Lines";
    public const string QuantityBackordered = "Backorders.QuantityBackordered";
    public const string QuantityFilled = "Backorders.QuantityFilled";
    public const string QuantityWaiting = "Backorders.QuantityWaiting";

    /// <param name="lines">The order's ledger lines.</param>
    /// <param name="productName">Product name by id (falls back to "#id").</param>
    /// <param name="headers">Column headers: product, ordered, backordered, filled, still waiting (localized).</param>
    public static IList<Token> For(IEnumerable<OrderItemBackorder> lines, IReadOnlyDictionary<int, string> productName, IReadOnlyList<string> headers)
    {
        var shown = lines.Where(l => l.QuantityBackordered > 0).ToList();
        var html = new StringBuilder("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse: collapse\"><tr>");
        foreach (var header in headers)
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        html.Append("</tr>");
        foreach (var line in shown)
        {
            var name = productName.TryGetValue(line.ProductId, out var n) && !string.IsNullOrEmpty(n) ? n : $"#{line.ProductId}";
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(name)).Append("</td>");
            foreach (var quantity in new[] { line.QuantityOrdered, line.QuantityBackordered, line.QuantityFilled, Waiting(line) })
                html.Append("<td style=\"text-align: right\">").Append(quantity).Append("</td>");
            html.Append("</tr>");
        }

        html.Append("</table>");
        return
        [
            new Token(Lines, html.ToString(), neverHtmlEncoded: true),
            new Token(QuantityBackordered, shown.Sum(l => l.QuantityBackordered)),
            new Token(QuantityFilled, shown.Sum(l => l.QuantityFilled)),
            new Token(QuantityWaiting, shown.Sum(Waiting))
        ];
    }

    private static int Waiting(OrderItemBackorder line) => BackorderQuantities.Open(line.QuantityBackordered, line.QuantityFilled, line.QuantityCancelled);
}
