using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create.Index;

public interface ICreateIndexForTableSyntax : IFluentSyntax
{
    ICreateIndexOnColumnOrInSchemaSyntax OnTable(string tableName);
}

public interface ICreateIndexOnColumnSyntax : IFluentSyntax
{
    ICreateIndexColumnOptionsSyntax OnColumn(string columnName);
    ICreateIndexOptionsSyntax WithOptions();
}

public interface ICreateIndexOnColumnOrInSchemaSyntax : ICreateIndexOnColumnSyntax
{
    ICreateIndexOnColumnSyntax InSchema(string schemaName);
}

public interface ICreateIndexColumnOptionsSyntax : IFluentSyntax
{
    ICreateIndexMoreColumnOptionsSyntax Ascending();
    ICreateIndexMoreColumnOptionsSyntax Descending();
}

public interface ICreateIndexMoreColumnOptionsSyntax : ICreateIndexOnColumnSyntax;

public interface ICreateIndexOptionsSyntax : IFluentSyntax
{
    ICreateIndexOnColumnSyntax Unique();
}
