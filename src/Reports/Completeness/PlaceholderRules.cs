using System;

namespace Reports;

/// <summary>
/// The built-in placeholder rules, stated once. The runtime's completeness check (<see cref="Placeholders"/>) and the
/// compile-time analyzers (RPT0102) compile this same file, so a value one of them calls a placeholder the other
/// does too. It depends on the BCL and <c>System.Memory</c> only, for that reason.
/// </summary>
/// <remarks>
/// <para>A value (trimmed) looks like a placeholder when:</para>
/// <list type="bullet">
/// <item>it is bracketed as a whole, with words or nothing inside: <c>[Date]</c>, <c>[X]</c>, <c>[ ]</c> (not <c>[1, 2]</c> or <c>["a"]</c>);</item>
/// <item>it is a marker word as the whole value in any case, a final <c>.</c>, <c>!</c> or <c>:</c> aside (<c>TBD</c>, <c>todo</c>,
/// <c>TBA.</c>), or starts with one in capitals as a word (<c>TODO: ask the team</c>); the marker words are <c>TBD</c>,
/// <c>TBA</c>, <c>TBC</c>, <c>TODO</c>, <c>FIXME</c> and <c>PLACEHOLDER</c>; <c>X</c> and <c>Y</c> count as the whole value;</item>
/// <item>it holds two or more capital X as a word (<c>XX</c>, <c>XX%</c>, <c>TASK-XXX</c>, <c>v1.XX</c>; not <c>XXL</c>), <c>[X]</c>,
/// or <c>YYYY</c> as a word (<c>YYYY-MM-DD</c>, <c>DD/MM/YYYY</c>);</item>
/// <item>it is filler (<c>...</c>, <c>…</c>, <c>???</c>, <c>___</c>) or starts with <c>lorem ipsum</c>.</item>
/// </list>
/// <para>A member's own template placeholder is a placeholder when the value equals it (any case) and it looks like one
/// or holds a <c>[word]</c> (<c>src/[path]/[filename]</c>), and when the value still holds one of its bracketed words
/// (<c>src/Orders/[filename]</c>).</para>
/// <para>Every rule is decided by the first character or needs a <c>[</c>, <c>XX</c> or <c>YY</c> in the value, so most
/// values are decided by one vectorized search (<see cref="IsCertainlyNotPlaceholder"/>).</para>
/// </remarks>
internal static class PlaceholderRules
{
    private static readonly string[] MarkerWords = { "TODO", "TBD", "TBA", "TBC", "FIXME", "PLACEHOLDER" };

    /// <summary>Whether the value holds an <c>X</c>, a <c>Y</c> or a <c>[</c>: the rules beyond the first character need one.</summary>
    public static bool HasMarkerCharacter(ReadOnlySpan<char> value) => value.IndexOfAny('X', 'Y', '[') >= 0;

    /// <summary>
    /// A quick test that <paramref name="value"/> is certainly not a placeholder by the built-in rules, nor the own
    /// placeholder <paramref name="placeholder"/> of its member: false means "not decided here", not "a placeholder".
    /// </summary>
    /// <remarks>
    /// True when the value is its own trimmed form, does not equal the trimmed placeholder in any case, its first character
    /// decides no rule (the first-character cases of <see cref="LooksLike(ReadOnlySpan{char}, bool)"/>, tested as cheaply as
    /// they allow) and it holds no <c>[</c>, <c>XX</c> or <c>YY</c>: every other rule needs one (<c>[X]</c>, a run of X,
    /// <c>YYYY</c>, a bracketed word of the placeholder left in the value). A lone <c>X</c> or <c>Y</c>, as in
    /// <c>X-RateLimit</c>, decides nothing. Most real values pass with one vectorized search.
    /// </remarks>
    public static bool IsCertainlyNotPlaceholder(string value, string? placeholder)
    {
        var length = value.Length;
        if (length < 2
            || char.IsWhiteSpace(value[length - 1])
            || (placeholder is not null && placeholder.Length >= length && placeholder.AsSpan().Trim().Length == length && EqualsIgnoringCase(value, placeholder)))
        {
            return false;
        }

        switch (value[0])
        {
            case '[':
            case '.' or '…' or '?' or '_' when value[1] is '.' or '…' or '?' or '_':
            case 'l' or 'L' when value.AsSpan().StartsWith("lorem ipsum".AsSpan(), StringComparison.OrdinalIgnoreCase):
            case 't' or 'f' or 'p' or 'T' or 'F' or 'P' when (length <= 12 || value[1] is >= 'A' and <= 'Z') && IsWholeWord(value.AsSpan()):
            case 'T' or 'F' or 'P' when value[1] is >= 'A' and <= 'Z' && StartsWithMarkerWord(value.AsSpan()):
            case var first when char.IsWhiteSpace(first):
                return false;
        }

        return !HoldsMarker(value.AsSpan());
    }

    /// <summary>Whether the value equals the placeholder, trimmed to the value's length, in any case.</summary>
    private static bool EqualsIgnoringCase(string value, string placeholder)
    {
        var trimmed = placeholder.AsSpan().Trim();

        // Most values of a placeholder's length differ from it in the last character ("TASK-142", "TASK-XXX"):
        // two ASCII characters that differ other than in case decide it without the full comparison.
        var a = value[value.Length - 1];
        var b = trimmed[trimmed.Length - 1];
        if (a < 128 && b < 128 && a != b && ((a | 0x20) != (b | 0x20) || (uint)((a | 0x20) - 'a') > 'z' - 'a'))
        {
            return false;
        }

        return value.AsSpan().Equals(trimmed, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the value holds a <c>[</c>, <c>XX</c> or <c>YY</c>: what the rules beyond the first character need.</summary>
    private static bool HoldsMarker(ReadOnlySpan<char> value)
    {
        for (var found = IndexOfMarkerCharacter(value); found >= 0; found = IndexOfMarkerCharacter(value))
        {
            var c = value[found];
            if (c == '[' || (c != 'Z' && found + 1 < value.Length && value[found + 1] == c))
            {
                return true;
            }

            value = value.Slice(found + 1);
        }

        return false;
    }

#if NET8_0_OR_GREATER
    // X, Y, Z and [ are one range of characters: SearchValues searches it with one comparison per character. (The generic
    // IndexOfAnyInRange did too, but boxed its bounds in unoptimized code: 96 bytes a call in a debug build or a
    // program's first checks.)
    private static readonly System.Buffers.SearchValues<char> MarkerCharacters = System.Buffers.SearchValues.Create("XYZ[");
#endif

    /// <summary>The first <c>X</c>, <c>Y</c>, <c>Z</c> or <c>[</c> (a <c>Z</c> is passed over by the caller).</summary>
    private static int IndexOfMarkerCharacter(ReadOnlySpan<char> value) =>
#if NET8_0_OR_GREATER
        value.IndexOfAny(MarkerCharacters);
#else
        value.IndexOfAny('X', 'Y', '[');
#endif

    /// <summary>Whether the trimmed <paramref name="value"/> looks like a placeholder by the built-in rules.</summary>
    public static bool LooksLike(ReadOnlySpan<char> value) => LooksLike(value, HasMarkerCharacter(value));

    /// <inheritdoc cref="LooksLike(ReadOnlySpan{char})"/>
    /// <param name="value">The trimmed value.</param>
    /// <param name="marked">What <see cref="HasMarkerCharacter"/> says of it.</param>
    public static bool LooksLike(ReadOnlySpan<char> value, bool marked)
    {
        if (value.Length == 0)
        {
            return false;
        }

        switch (value[0])
        {
            case '[' when IsBracketed(value):
            case '.' or '…' or '?' or '_' when IsFiller(value):
            case 'l' or 'L' when value.StartsWith("lorem ipsum".AsSpan(), StringComparison.OrdinalIgnoreCase):
            case 'X' or 'Y' or 't' or 'f' or 'p' when value.Length <= 12 && IsWholeWord(value):
            case 'T' or 'F' or 'P' when value.Length > 1 && value[1] is >= 'A' and <= 'Z' && (IsWholeWord(value) || StartsWithMarkerWord(value)):
            case 'T' or 'F' or 'P' when value.Length <= 12 && value.Length > 1 && value[1] is >= 'a' and <= 'z' && IsWholeWord(value):
                return true;
        }

        if (!marked)
        {
            return false;
        }

        return value.IndexOf("[X]".AsSpan()) >= 0 || HasWordRun(value, 'X', 2) || HasWordRun(value, 'Y', 4, exactly: true);
    }

    /// <summary>
    /// Whether the trimmed <paramref name="value"/> is still the member's own template placeholder
    /// <paramref name="placeholder"/> (trimmed), or holds one of its bracketed words.
    /// </summary>
    public static bool IsOwnPlaceholder(ReadOnlySpan<char> value, ReadOnlySpan<char> placeholder) =>
        IsOwnPlaceholder(value, placeholder, HasMarkerCharacter(value));

    /// <inheritdoc cref="IsOwnPlaceholder(ReadOnlySpan{char}, ReadOnlySpan{char})"/>
    /// <param name="value">The trimmed value.</param>
    /// <param name="placeholder">The member's own placeholder, trimmed.</param>
    /// <param name="marked">What <see cref="HasMarkerCharacter"/> says of the value (a bracketed word needs its '[').</param>
    public static bool IsOwnPlaceholder(ReadOnlySpan<char> value, ReadOnlySpan<char> placeholder, bool marked)
    {
        if (value.Length == 0 || placeholder.Length == 0)
        {
            return false;
        }

        // The last characters first: "TASK-142" against "TASK-XXX" is decided there.
        if (value.Length == placeholder.Length
            && char.ToUpperInvariant(value[value.Length - 1]) == char.ToUpperInvariant(placeholder[placeholder.Length - 1])
            && value.Equals(placeholder, StringComparison.OrdinalIgnoreCase))
        {
            // The template's own text left as it was: a placeholder that looks like one, is wholly in brackets, braces,
            // parentheses or angle brackets ("[1.2.3]", MADR's "{title of option}", the Rust RFC's "(fill me in …)",
            // "<name>") or is guidance in a sentence or question ("A clear and concise description of what the bug
            // is.", "Why are we doing this?"). A realistic example ("Happy Path") may also be a real value.
            return LooksLike(placeholder) || HasBracketedWord(placeholder) || IsEnclosed(placeholder) || IsGuidanceSentence(placeholder);
        }

        if (!marked || value.IndexOf('[') < 0)
        {
            return false;
        }

        // A bracketed word of the placeholder left in: "src/Orders/[filename]" of "src/[path]/[filename]".
        for (var start = placeholder.IndexOf('['); start >= 0;)
        {
            var length = placeholder.Slice(start).IndexOf(']') + 1;
            if (length <= 0)
            {
                break;
            }

            var part = placeholder.Slice(start, length);
            if (IsBracketed(part) && value.IndexOf(part) >= 0)
            {
                return true;
            }

            var next = placeholder.Slice(start + length).IndexOf('[');
            start = next < 0 ? -1 : start + length + next;
        }

        return false;
    }

    /// <summary><c>[Epic Name]</c>, <c>[X]</c>, <c>[ ]</c>: the whole text in brackets, with words or nothing inside.</summary>
    private static bool IsBracketed(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[0] != '[' || text[text.Length - 1] != ']')
        {
            return false;
        }

        var hasLetter = false;
        var blank = true;
        foreach (var c in text.Slice(1, text.Length - 2))
        {
            if (c is '[' or ']' or '"')
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
            blank &= char.IsWhiteSpace(c);
        }

        return hasLetter || blank;
    }

    /// <summary>The whole text in one pair of brackets, braces, parentheses or angle brackets.</summary>
    private static bool IsEnclosed(ReadOnlySpan<char> text)
    {
        if (text.Length <= 2)
        {
            return false;
        }

        var close = text[0] switch { '[' => ']', '{' => '}', '(' => ')', '<' => '>', _ => '\0' };
        return close != '\0' && text[text.Length - 1] == close && text.Slice(1, text.Length - 2).IndexOf(close) < 0;
    }

    /// <summary>
    /// A sentence telling what to write, not a value: six words or more ending with '.', ':' or '?', or text holding an
    /// ellipsis to fill in (<c>Go to '...'</c>).
    /// </summary>
    private static bool IsGuidanceSentence(ReadOnlySpan<char> text)
    {
        if (text.IndexOf("...".AsSpan()) >= 0 || text.IndexOf('…') >= 0)
        {
            return true;
        }

        if (text.Length == 0 || text[text.Length - 1] is not ('.' or ':' or '?'))
        {
            return false;
        }

        var words = 1;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == ' ' && text[i - 1] != ' ')
            {
                words++;
            }
        }

        return words >= 6;
    }

    private static bool HasBracketedWord(ReadOnlySpan<char> text)
    {
        for (var open = text.IndexOf('['); open >= 0;)
        {
            var close = text.Slice(open + 1).IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            if (close > 0 && IsBracketed(text.Slice(open, close + 2)))
            {
                return true;
            }

            var next = text.Slice(open + 1).IndexOf('[');
            open = next < 0 ? -1 : open + 1 + next;
        }

        return false;
    }

    /// <summary><c>TBD</c>, <c>todo.</c>, <c>X</c>: a marker word (any case) or X or Y as the whole value.</summary>
    private static bool IsWholeWord(ReadOnlySpan<char> value)
    {
        if (value.Length == 1)
        {
            return value[0] is 'X' or 'Y';
        }

        var word = value.TrimEnd(".!:".AsSpan());
        foreach (var marker in MarkerWords)
        {
            if (marker.Length == word.Length && word.Equals(marker.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>TODO: ask the team</c>: a marker word in capitals, as a word, at the start.</summary>
    private static bool StartsWithMarkerWord(ReadOnlySpan<char> value)
    {
        foreach (var marker in MarkerWords)
        {
            if (value.StartsWith(marker.AsSpan()) && IsWordAt(value, 0, marker.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFiller(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c is not ('.' or '…' or '?' or '_'))
            {
                return false;
            }
        }

        return value.Length >= 2 || value[0] == '…';
    }

    /// <summary>A run of <paramref name="c"/> (at least <paramref name="length"/>, or exactly) standing as a word.</summary>
    private static bool HasWordRun(ReadOnlySpan<char> value, char c, int length, bool exactly = false)
    {
        for (var start = value.IndexOf(c); start >= 0;)
        {
            var end = start + 1;
            while (end < value.Length && value[end] == c)
            {
                end++;
            }

            var run = end - start;
            if ((exactly ? run == length : run >= length) && IsWordAt(value, start, run))
            {
                return true;
            }

            var next = end < value.Length ? value.Slice(end).IndexOf(c) : -1;
            start = next < 0 ? -1 : end + next;
        }

        return false;
    }

    private static bool IsWordAt(ReadOnlySpan<char> text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
        && (start + length == text.Length || !char.IsLetterOrDigit(text[start + length]));
}
