namespace Nop.Core.Domain.Localization;

// Subset of the nopCommerce entity.
public partial class Language : BaseEntity
{
    public string Name { get; set; }
    public string LanguageCulture { get; set; }
    public string UniqueSeoCode { get; set; }
    public bool Rtl { get; set; }
    public bool Published { get; set; }
    public int DisplayOrder { get; set; }
}
