namespace Backorders.Packager;

/// <summary>A packaging or checking failure; <see cref="Errors"/> holds one line per problem.</summary>
public sealed class PackagingException : Exception
{
    public PackagingException(string message) : this(message, [message]) { }

    public PackagingException(string summary, IReadOnlyList<string> errors)
        : base(summary + (errors.Count > 1 || (errors.Count == 1 && errors[0] != summary)
            ? Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e))
            : ""))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
