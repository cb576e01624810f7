using Nop.Core.Infrastructure;
using Nop.Data.Configuration;

namespace Nop.Data;

public partial class DataSettingsManager
{
    public static DataConfig LoadSettings(INopFileProvider fileProvider = null, bool reload = false) => throw null;
}
