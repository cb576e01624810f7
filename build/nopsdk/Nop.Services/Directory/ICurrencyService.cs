namespace Nop.Services.Directory;

public partial interface ICurrencyService
{
    decimal ConvertCurrency(decimal amount, decimal exchangeRate);
}
