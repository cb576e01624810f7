namespace Nop.Services.Common;

// Declared for constructor signatures; no members used.
public partial interface IAddressService;
