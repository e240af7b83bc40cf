using System;
using System.Collections.Generic;

namespace Reports.Generators.Completeness;

/// <summary>
/// Decides whether a piece of text is a template placeholder rather than a real value: <c>[Date]</c>, <c>TBD</c>,
/// <c>TODO: …</c>, <c>XX%</c>, <c>TASK-XXX</c>, <c>YYYY-MM-DD</c>, <c>...</c>, or the value's own template placeholder
/// when that has a <c>[word]</c> in it (<c>src/[path]/[filename]</c>).
/// </summary>
/// <remarks>
/// The one statement of the rule at compile time (RPT0102 and the code fixes). It depends on the BCL only so that the
/// runtime's completeness check can compile the same file (a linked source file) and both always agree.
/// </remarks>
internal static class PlaceholderText
{
    private static readonly string[] Markers = { "TODO", "TBD", "TBA", "TBC", "FIXME", "PLACEHOLDER" };

    /// <summary>
    /// Whether <paramref name="value"/> is a placeholder. <paramref name="templatePlaceholders"/> are the value's own
    /// placeholders in the blank template; <paramref name="defaultValue"/> is a default that is a real value even when
    /// it looks like a placeholder.
    /// </summary>
    public static bool IsPlaceholder(string? value, IEnumerable<string>? templatePlaceholders = null, string? defaultValue = null)
    {
        if (value is null)
        {
            return false;
        }

        var text = value.Trim();
        if (text.Length == 0 || (defaultValue is not null && string.Equals(text, defaultValue.Trim(), StringComparison.Ordinal)))
        {
            return false;
        }

        if (LooksLikePlaceholder(text))
        {
            return true;
        }

        // The value's own template placeholder, when it is one (src/[path]/[filename]); a realistic example
        // value in the template (Happy Path, Unit Tests) is a fine real value too.
        if (templatePlaceholders is not null)
        {
            foreach (var placeholder in templatePlaceholders)
            {
                if (string.Equals(text, placeholder.Trim(), StringComparison.OrdinalIgnoreCase) && HasBracketedWord(text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool LooksLikePlaceholder(string text) =>
        IsBracketed(text) || HasMarker(text) || HasXRun(text) || HasDateMask(text) || IsFiller(text)
        || text.StartsWith("lorem ipsum", StringComparison.OrdinalIgnoreCase);

    /// <summary>A <c>[word]</c> anywhere in the text.</summary>
    private static bool HasBracketedWord(string text)
    {
        for (var open = text.IndexOf('['); open >= 0; open = text.IndexOf('[', open + 1))
        {
            var close = text.IndexOf(']', open + 1);
            if (close > open + 1 && IsBracketed(text.Substring(open, close - open + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>[Epic Name]</c>, <c>[X]</c>: the whole value in brackets, with words in them (not <c>[1, 2]</c> or <c>["a"]</c>).</summary>
    private static bool IsBracketed(string text)
    {
        if (text.Length < 3 || text[0] != '[' || text[text.Length - 1] != ']')
        {
            return false;
        }

        var hasLetter = false;
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c is '[' or ']' or '"')
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }

    /// <summary><c>TBD</c>, <c>todo</c>, <c>TODO: ask the team</c>: a marker word (upper case anywhere, any case as the whole value).</summary>
    private static bool HasMarker(string text)
    {
        foreach (var marker in Markers)
        {
            if (string.Equals(text.TrimEnd('.', '!', ':'), marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            for (var start = text.IndexOf(marker, StringComparison.Ordinal); start >= 0; start = text.IndexOf(marker, start + 1, StringComparison.Ordinal))
            {
                if (IsWordAt(text, start, marker.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><c>XX%</c>, <c>TASK-XXX</c>, <c>v1.XX</c>: two or more capital X standing as a word (not <c>XXL</c>).</summary>
    private static bool HasXRun(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != 'X')
            {
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] == 'X')
            {
                end++;
            }

            if (end - i >= 2 && IsWordAt(text, i, end - i))
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    /// <summary><c>YYYY-MM-DD</c>, <c>DD/MM/YYYY</c>, <c>HH:MM</c>: a date or time mask.</summary>
    private static bool HasDateMask(string text)
    {
        foreach (var mask in new[] { "YYYY", "MM-DD", "MM/DD", "DD/MM", "DD.MM", "HH:MM" })
        {
            var start = text.IndexOf(mask, StringComparison.Ordinal);
            if (start >= 0 && IsWordAt(text, start, mask.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>...</c>, <c>…</c>, <c>???</c>, <c>___</c>: nothing but filler punctuation.</summary>
    private static bool IsFiller(string text)
    {
        foreach (var c in text)
        {
            if (c is not ('.' or '…' or '?' or '_'))
            {
                return false;
            }
        }

        return text.Length >= 2 || text == "…";
    }

    private static bool IsWordAt(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
        && (start + length == text.Length || !char.IsLetterOrDigit(text[start + length]));
}
