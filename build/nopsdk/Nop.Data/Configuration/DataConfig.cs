namespace Nop.Data.Configuration;

public partial class DataConfig
{
    public string ConnectionString { get; set; } = string.Empty;
    public DataProviderType DataProvider { get; set; } = DataProviderType.SqlServer;
}
