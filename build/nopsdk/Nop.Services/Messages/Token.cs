namespace Nop.Services.Messages;

// Plain data.
public sealed partial class Token
{
    public Token(string key, object value) : this(key, value, false)
    {
    }

    public Token(string key, object value, bool neverHtmlEncoded)
    {
        Key = key;
        Value = value;
        NeverHtmlEncoded = neverHtmlEncoded;
    }

    public string Key { get; }
    public object Value { get; }
    public bool NeverHtmlEncoded { get; }
}
