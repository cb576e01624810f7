namespace Nop.Services.Seo;

// Declared for constructor signatures; no members used.
public partial interface IUrlRecordService;
