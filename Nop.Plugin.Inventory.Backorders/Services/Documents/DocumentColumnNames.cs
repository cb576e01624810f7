namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>The locale resources of the printable columns' names (configure page; the plugin's layouts may print them as headers).</summary>
public static class DocumentColumnNames
{
    public static string ResourceKey(DocumentColumn column) => BackordersDefaults.ResourcePrefix + "Documents.Column." + column;
}
