namespace Nop.Plugin.Inventory.Backorders.Services.Documents;

/// <summary>
/// Splits one line into direction runs in visual (left-to-right drawing) order. HarfBuzz shapes one run in one direction
/// (it orders and joins an Arabic run itself) but does not reorder runs, so "Bolt שלום 3" needs three runs. A simplified
/// Unicode bidi: Hebrew/Arabic letters are right-to-left, Latin letters and digits left-to-right; spaces and punctuation join
/// the run they sit in, or the paragraph's direction between runs of different directions.
/// </summary>
public static class BidiRuns
{
    public readonly record struct Run(string Text, bool RightToLeft);

    public static bool IsRightToLeftChar(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static bool IsStrongLeftToRight(char c) => char.IsLetterOrDigit(c) && !IsRightToLeftChar(c);

    /// <summary>The paragraph direction: that of the first strong character (left-to-right when none).</summary>
    public static bool IsRightToLeftParagraph(string text)
    {
        foreach (var c in text ?? string.Empty)
        {
            if (IsRightToLeftChar(c))
                return true;
            if (IsStrongLeftToRight(c))
                return false;
        }

        return false;
    }

    public static bool HasRightToLeft(string text)
    {
        foreach (var c in text ?? string.Empty)
        {
            if (IsRightToLeftChar(c))
                return true;
        }

        return false;
    }

    public static IReadOnlyList<Run> Visual(string text)
    {
        if (string.IsNullOrEmpty(text) || !HasRightToLeft(text))
            return [new Run(text ?? string.Empty, false)];

        var paragraphRtl = IsRightToLeftParagraph(text);
        // 1: a direction per character; neutrals get null.
        var directions = new bool?[text.Length];
        for (var i = 0; i < text.Length; i++)
            directions[i] = IsRightToLeftChar(text[i]) ? true : IsStrongLeftToRight(text[i]) ? false : null;

        // 2: neutrals between two strong characters of the same direction take it, else the paragraph's.
        for (var i = 0; i < text.Length; i++)
        {
            if (directions[i] != null)
                continue;
            var end = i;
            while (end < text.Length && directions[end] == null)
                end++;
            bool? before = i > 0 ? directions[i - 1] : null;
            bool? after = end < text.Length ? directions[end] : null;
            var direction = before != null && before == after ? before.Value : paragraphRtl;
            for (var k = i; k < end; k++)
                directions[k] = direction;
            i = end - 1;
        }

        // 3: runs in logical order, then in visual order (a right-to-left paragraph draws its runs from the right).
        var runs = new List<Run>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || directions[i] != directions[start])
            {
                runs.Add(new Run(text[start..i], directions[start] == true));
                start = i;
            }
        }

        if (paragraphRtl)
            runs.Reverse();
        return runs;
    }
}
