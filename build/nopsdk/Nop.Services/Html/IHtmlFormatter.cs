namespace Nop.Services.Html;

// Subset the plugin's documents call.
public partial interface IHtmlFormatter
{
    string ConvertHtmlToPlainText(string text,
        bool decode = false,
        bool replaceAnchorTags = false);
}
