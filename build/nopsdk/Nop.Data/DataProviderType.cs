using System.Runtime.Serialization;

namespace Nop.Data;

public enum DataProviderType
{
    [EnumMember(Value = "")]
    Unknown,

    [EnumMember(Value = "sqlserver")]
    SqlServer,

    [EnumMember(Value = "mysql")]
    MySql,

    [EnumMember(Value = "postgresql")]
    PostgreSQL
}
