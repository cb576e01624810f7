using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Delete;
using FluentMigrator.Builders.IfDatabase;
using FluentMigrator.Builders.Schema;

namespace FluentMigrator;

public abstract class MigrationBase
{
    protected MigrationBase() => throw null;
    public abstract void Up();
    public abstract void Down();
    public ICreateExpressionRoot Create => throw null;
    public ISchemaExpressionRoot Schema => throw null;
    public IIfDatabaseExpressionRoot IfDatabase(Predicate<string> databaseTypeFunc) => throw null;
}

public abstract class Migration : MigrationBase
{
    protected Migration() => throw null;
    public IDeleteExpressionRoot Delete => throw null;
}
