namespace Nop.Services.Plugins;

public partial class PluginDescriptorBaseInfo
{
    public virtual string SystemName { get; set; }
    public virtual string Version { get; set; }
}

public partial class PluginDescriptor : PluginDescriptorBaseInfo
{
    public PluginDescriptor()
    {
        SupportedVersions = new List<string>();
    }

    public virtual string Group { get; set; }
    public virtual string FriendlyName { get; set; }
    public virtual IList<string> SupportedVersions { get; set; }
    public virtual string AssemblyFileName { get; set; }
    public virtual bool Installed { get; set; }
}
