namespace Nop.Services.Vendors;

// Declared for constructor signatures; no members used.
public partial interface IVendorService;
