using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create.Table;

public interface ICreateTableWithColumnSyntax : IFluentSyntax
{
    ICreateTableColumnAsTypeSyntax WithColumn(string name);
}

public interface ICreateTableWithColumnOrSchemaSyntax : ICreateTableWithColumnSyntax
{
    ICreateTableWithColumnSyntax InSchema(string schemaName);
}

public interface ICreateTableWithColumnOrSchemaOrDescriptionSyntax : ICreateTableWithColumnOrSchemaSyntax
{
    ICreateTableWithColumnOrSchemaSyntax WithDescription(string description);
}

public interface ICreateTableColumnAsTypeSyntax : IColumnTypeSyntax<ICreateTableColumnOptionOrWithColumnSyntax>;

public interface ICreateTableColumnOptionOrWithColumnSyntax :
    IColumnOptionSyntax<ICreateTableColumnOptionOrWithColumnSyntax, ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax>,
    ICreateTableWithColumnSyntax;

public interface ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax : ICreateTableColumnOptionOrWithColumnSyntax;
