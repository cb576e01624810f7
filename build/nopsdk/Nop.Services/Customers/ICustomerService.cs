namespace Nop.Services.Customers;

// Declared for constructor signatures; no members used.
public partial interface ICustomerService;
