using Microsoft.AspNetCore.Http;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Services;

/// <summary>The posted form of the current request as the field lookup the form rules (Services/Rules) read.</summary>
public static class PostedForm
{
    /// <returns>A lookup that gives a field's posted text, or null when it was not posted; null when the request posted no form.</returns>
    public static async Task<Func<string, string>> ReadAsync(HttpRequest request)
    {
        if (request?.HasFormContentType != true)
            return null;

        var form = await request.ReadFormAsync();
        return key => form.TryGetValue(key, out var value) ? value.ToString() : null;
    }
}
