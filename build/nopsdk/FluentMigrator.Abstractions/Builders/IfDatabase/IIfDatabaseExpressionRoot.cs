namespace FluentMigrator.Builders.IfDatabase;

public interface IIfDatabaseExpressionRoot
{
    void Delegate(Action delegation);
}
