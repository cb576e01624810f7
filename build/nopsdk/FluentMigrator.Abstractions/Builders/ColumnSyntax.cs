using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders;

public interface IColumnTypeSyntax<TNext> : IFluentSyntax where TNext : IFluentSyntax
{
    TNext AsBoolean();
    TNext AsCustom(string customType);
    TNext AsDateTime2();
    TNext AsInt32();
    TNext AsString();
    TNext AsString(int size);
}

public interface IColumnOptionSyntax<TNext, TNextFk> : IFluentSyntax
    where TNext : IFluentSyntax
    where TNextFk : IFluentSyntax
{
    TNext WithDefaultValue(object value);
    TNext Identity();
    TNext PrimaryKey();
    TNext Nullable();
    TNext NotNullable();
}

public interface IInSchemaSyntax : IFluentSyntax
{
    void InSchema(string schemaName);
}

public interface IIfExistsOrInSchemaSyntax : IInSchemaSyntax
{
    IInSchemaSyntax IfExists();
}
