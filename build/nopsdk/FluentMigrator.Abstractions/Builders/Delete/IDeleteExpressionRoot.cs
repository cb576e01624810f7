using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Delete;

public interface IDeleteExpressionRoot : IFluentSyntax
{
    IIfExistsOrInSchemaSyntax Table(string tableName);
}
