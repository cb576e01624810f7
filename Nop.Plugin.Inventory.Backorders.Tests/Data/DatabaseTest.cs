namespace Nop.Plugin.Inventory.Backorders.Tests.Data;

/// <summary>
/// Base of a fixture that runs on every database. By default the fixture gets one fresh database (nopCommerce's tables
/// and the plugin's migration applied, unless <see cref="CreateSchema"/> is false) that is emptied before each test
/// (<see cref="TestDatabase.DeleteAllRows"/>) and dropped after the fixture; with <see cref="DatabasePerTest"/> each test
/// gets its own database instead (slower on MariaDB, where DDL costs tens of milliseconds per statement).
/// <code>
/// [TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
/// public class MyDataTests(DatabaseProvider provider) : DatabaseTest(provider)
/// {
///     [Test]
///     public async Task Something()
///     {
///         var products = Database.GetRepository&lt;Product&gt;();
///         await products.InsertAsync(new Product { Name = "p" });
///         ...
///     }
/// }
/// </code>
/// </summary>
public abstract class DatabaseTest
{
    protected DatabaseTest(DatabaseProvider provider)
    {
        Provider = provider;
    }

    protected DatabaseProvider Provider { get; }

    protected TestDatabase Database { get; private set; }

    /// <summary>Whether the database starts with nopCommerce's tables and the plugin's migration applied (else: empty).</summary>
    protected virtual bool CreateSchema => true;

    /// <summary>A new database for every test instead of one per fixture.</summary>
    protected virtual bool DatabasePerTest => false;

    [OneTimeSetUp]
    public void CreateFixtureDatabase()
    {
        if (!DatabasePerTest)
            Database = NewDatabase();
    }

    [SetUp]
    public void PrepareDatabase()
    {
        if (DatabasePerTest)
            Database = NewDatabase();
        else
            Database.DeleteAllRows();
    }

    [TearDown]
    public void DropTestDatabase()
    {
        if (!DatabasePerTest)
            return;
        Database?.Dispose();
        Database = null;
    }

    [OneTimeTearDown]
    public void DropFixtureDatabase()
    {
        Database?.Dispose();
        Database = null;
    }

    private TestDatabase NewDatabase() => CreateSchema ? TestDatabase.CreateWithSchema(Provider) : TestDatabase.Create(Provider);
}
