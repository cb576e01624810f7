namespace FluentMigrator.Infrastructure;

public interface IFluentSyntax;
