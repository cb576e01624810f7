namespace Nop.Web.Framework.Models;

// A model base: data only, as in nopCommerce.
public partial record BaseNopModel
{
    public BaseNopModel()
    {
        CustomProperties = new Dictionary<string, string>();
        PostInitialize();
    }

    protected virtual void PostInitialize()
    {
    }

    [System.Xml.Serialization.XmlIgnore]
    public Dictionary<string, string> CustomProperties { get; set; }
}

public partial record BaseNopEntityModel : BaseNopModel
{
    public virtual int Id { get; set; }
}
