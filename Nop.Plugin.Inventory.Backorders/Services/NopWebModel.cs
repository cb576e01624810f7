namespace Nop.Plugin.Inventory.Backorders.Services;

/// <summary>
/// nopCommerce's admin models (ProductModel, ProductAttributeCombinationModel, …) live in Nop.Web, which a plugin does not
/// reference: they are recognised by type name and their few fields read and written by property name.
/// </summary>
public static class NopWebModel
{
    public static bool Is(object model, string typeFullName) => model?.GetType().FullName == typeFullName;

    public static int GetInt(object model, string property) => model?.GetType().GetProperty(property)?.GetValue(model) as int? ?? 0;

    public static void Set(object model, string property, object value) => model?.GetType().GetProperty(property)?.SetValue(model, value);
}
