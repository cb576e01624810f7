using System.Globalization;
using FluentMigrator;

namespace Nop.Data.Migrations;

// An attribute, so it carries its data as in nopCommerce: the version is the tick count of the date string.
public partial class NopMigrationAttribute : MigrationAttribute
{
    private static readonly string[] _dateFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy.MM.dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss:fffffff", "yyyy.MM.dd HH:mm:ss:fffffff", "yyyy/MM/dd HH:mm:ss:fffffff"
    ];

    private readonly MigrationProcessType _targetMigrationProcess;

    public NopMigrationAttribute(string dateTime, string description, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : base(DateTime.ParseExact(dateTime, _dateFormats, CultureInfo.InvariantCulture).Ticks, description)
    {
        _targetMigrationProcess = targetMigrationProcess;
    }

    public virtual MigrationProcessType TargetMigrationProcess => _targetMigrationProcess;
}
