namespace Nop.Services.Html;

// Declared for constructor signatures; no members used.
public partial interface IHtmlFormatter;
