namespace FluentMigrator.Builders.Schema.Table;

public interface ISchemaTableSyntax
{
    bool Exists();
}
