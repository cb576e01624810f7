using System.ComponentModel;

namespace Nop.Web.Framework.Mvc.ModelBinding;

[AttributeUsage(AttributeTargets.Property)]
public sealed class NopResourceDisplayNameAttribute : DisplayNameAttribute
{
    public NopResourceDisplayNameAttribute(string resourceKey) : base(resourceKey)
    {
        ResourceKey = resourceKey;
    }

    public string ResourceKey { get; set; }
    public override string DisplayName => throw null;
    public string Name => nameof(NopResourceDisplayNameAttribute);
}
