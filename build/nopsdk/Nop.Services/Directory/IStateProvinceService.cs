namespace Nop.Services.Directory;

// Declared for constructor signatures; no members used.
public partial interface IStateProvinceService;
