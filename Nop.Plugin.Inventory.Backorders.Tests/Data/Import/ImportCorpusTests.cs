using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Import;

namespace Nop.Plugin.Inventory.Backorders.Tests.Data.Import;

/// <summary>
/// The malformed-file corpus (TestData/Import/Malformed): each file is imported as it is and must report exactly the
/// findings (line|column|message key) of its ".expected" file, and leave the database unchanged where the file says so.
/// The same catalog on every database: A1, A2, CAFÉ, two products sharing DUP, A3 tracked by attributes with A3-RED.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.AllProviders))]
public class ImportCorpusTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public static string Folder(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Import", name);

    public static IEnumerable<TestCaseData> Files() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Malformed"))
            .Where(f => !f.EndsWith(".expected", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName("Corpus {0}"));

    private ImportHarness _harness;

    [SetUp]
    public async Task Catalog()
    {
        _harness = new ImportHarness(Database);
        await _harness.ProductAsync("A1", 1);
        await _harness.ProductAsync("A2", 2);
        await _harness.ProductAsync("CAFÉ", 3);
        await _harness.ProductAsync("DUP", 4);
        await _harness.ProductAsync("DUP", 5);
        var parent = await _harness.ProductAsync("A3", 6, change: p => p.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStockByAttributes);
        await _harness.CombinationAsync(parent.Id, "A3-RED");
    }

    [TestCaseSource(nameof(Files))]
    public async Task Reports_exactly_the_expected_findings(string file)
    {
        var expected = File.ReadAllLines(Path.Combine(Folder("Malformed"), file + ".expected")).Where(l => l.Length > 0).ToList();
        var mode = expected.FirstOrDefault(l => l.StartsWith("# mode: ", StringComparison.Ordinal)) is { } m
            ? Enum.Parse<ImportMode>(m["# mode: ".Length..])
            : ImportMode.ApplyValidRows;
        var mustBeUnchanged = expected.Contains("# unchanged: yes");
        var before = _harness.Snapshot();

        var result = await _harness.ImportFileAsync(Path.Combine(Folder("Malformed"), file), mode);

        result.Issues.Select(i => i.ToString()).Should().Equal(expected.Where(l => !l.StartsWith('#')));
        if (mustBeUnchanged)
        {
            _harness.Snapshot().Should().Be(before);
            result.Applied.Should().BeFalse();
        }
        else
            result.Applied.Should().BeTrue("the valid rows of the file are applied");
    }

    [Test]
    public void The_corpus_has_at_least_30_malformed_files() => Files().Count().Should().BeGreaterThanOrEqualTo(30);
}
