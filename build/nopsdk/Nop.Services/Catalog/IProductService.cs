using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Shipping;

namespace Nop.Services.Catalog;

// Inventory subset. SearchProductsAsync is deliberately absent: its signature differs between stock 4.90.3 and the Rotat fork.
public partial interface IProductService
{
    Task<Product> GetProductByIdAsync(int productId);
    Task<string> FormatSkuAsync(Product product, string attributesXml = null);
    Task UpdateProductAsync(Product product);
    Task<int> GetTotalStockQuantityAsync(Product product, bool useReservedQuantity = true, int warehouseId = 0);
    Task<string> FormatStockMessageAsync(Product product, string attributesXml);
    Task AdjustInventoryAsync(Product product, int quantityToChange, string attributesXml = "", string message = "");
    Task BookReservedInventoryAsync(Product product, int warehouseId, int quantity, string message = "");
    Task<int> ReverseBookedInventoryAsync(Product product, ShipmentItem shipmentItem, string message = "");
    Task<IList<ProductWarehouseInventory>> GetAllProductWarehouseInventoryRecordsAsync(int productId);
    Task AddStockQuantityHistoryEntryAsync(Product product, int quantityAdjustment, int stockQuantity,
        int warehouseId = 0, string message = "", int? combinationId = null);
}
