namespace Nop.Services.Directory;

// Declared for OrderProcessingService's constructor; no member is used.
public partial interface IStateProvinceService;
