namespace Nop.Services.Orders;

// Declared for constructor signatures; no members used.
public partial interface IRewardPointService;
