using Nop.Core.Domain.Shipping;

namespace Nop.Services.Shipping;

public partial interface IWarehouseService
{
    Task<Warehouse> GetWarehouseByIdAsync(int warehouseId);
    Task<IList<Warehouse>> GetAllWarehousesAsync(string name = null);
}
