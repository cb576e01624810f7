namespace Nop.Plugin.Inventory.Backorders.Services.Import;

/// <summary>
/// One finding of an import: where (line of the file, column header), the value as written and a locale resource key
/// (<see cref="ImportMessages"/>) with its arguments. Line 0 is the file as a whole.
/// </summary>
public sealed record ImportIssue(int Line, string Column, string Value, bool IsError, string ResourceKey, IReadOnlyList<object> Arguments)
{
    public static ImportIssue Error(int line, string column, string value, string resourceKey, params object[] arguments) =>
        new(line, column ?? string.Empty, value ?? string.Empty, true, resourceKey, arguments);

    public static ImportIssue Warning(int line, string column, string value, string resourceKey, params object[] arguments) =>
        new(line, column ?? string.Empty, value ?? string.Empty, false, resourceKey, arguments);

    /// <summary>The key without the plugin's prefix, e.g. "Import.Errors.UnknownSku" (what tests and the corpus compare).</summary>
    public string Code => ResourceKey.StartsWith(BackordersDefaults.ResourcePrefix, StringComparison.Ordinal)
        ? ResourceKey[BackordersDefaults.ResourcePrefix.Length..]
        : ResourceKey;

    public override string ToString() => $"{Line}|{Column}|{Code}";
}

/// <summary>The locale resource keys of the import's messages (texts in Infrastructure/BackordersLocaleResources.cs).</summary>
public static class ImportMessages
{
    private const string P = BackordersDefaults.ResourcePrefix + "Import.";

    public const string ColumnIgnored = P + "Warnings.ColumnIgnored";
    public const string ColumnTwice = P + "Errors.ColumnTwice";
    public const string NoSkuColumn = P + "Errors.NoSkuColumn";
    public const string EmptyFile = P + "Errors.EmptyFile";
    public const string HeaderOnly = P + "Warnings.HeaderOnly";
    public const string NotCsv = P + "Errors.NotCsv";
    public const string UnbalancedQuotes = P + "Errors.UnbalancedQuotes";
    public const string RaggedRow = P + "Errors.RaggedRow";
    public const string NoSku = P + "Errors.NoSku";
    public const string UnknownSku = P + "Errors.UnknownSku";
    public const string SkuMatchesTwo = P + "Errors.SkuMatchesTwo";
    public const string DuplicateSku = P + "Errors.DuplicateSku";
    public const string NotWholeNumber = P + "Errors.NotWholeNumber";
    public const string OutOfRange = P + "Errors.OutOfRange";
    public const string Negative = P + "Errors.Negative";
    public const string NotYesNo = P + "Errors.NotYesNo";
    public const string Backorders = P + "Errors.Backorders";
    public const string ManageInventoryMethod = P + "Errors.ManageInventoryMethod";
    public const string NotDate = P + "Errors.NotDate";
    public const string DatePassed = P + "Errors.DatePassed";
    public const string ManageStockContradiction = P + "Errors.ManageStockContradiction";
    public const string UseDefaultWins = P + "Warnings.UseDefaultWins";
    public const string UseConfigManageStockWins = P + "Warnings.UseConfigManageStockWins";
    public const string NotApplied = P + "Errors.NotApplied";
    public const string FileRejected = P + "Errors.FileRejected";
    public const string DatabaseFailed = P + "Errors.DatabaseFailed";
    public const string JobFailed = P + "Errors.JobFailed";
}
