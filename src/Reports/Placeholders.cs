using System;
using System.Collections.Generic;

namespace Reports;

/// <summary>
/// The one place that decides whether a text value is still a template placeholder rather than real content.
/// Completeness checks use it for every text value; it is public so that other tools agree with them.
/// </summary>
/// <remarks>
/// <para>A value is a placeholder when, ignoring surrounding white space:</para>
/// <list type="bullet">
/// <item>it equals the member's own template placeholder, when that placeholder looks like one (<c>TASK-XXX</c>);</item>
/// <item>it contains a bracketed part of the member's own placeholder (<c>[filename]</c> of <c>src/[path]/[filename]</c>);</item>
/// <item>it is bracketed as a whole: <c>[Date]</c>, <c>[Description of the change]</c>, <c>[ ]</c>;</item>
/// <item>it is one of the <see cref="Words"/> (<c>X</c>, <c>Y</c>, <c>TBD</c>, <c>TODO</c>, …) or starts with
/// <c>TBD</c>, <c>TBA</c> or <c>TODO</c> as a word (<c>TODO: describe</c>);</item>
/// <item>it contains one of the <see cref="Markers"/> (<c>XX%</c>, <c>TASK-XXX</c>, <c>[X]</c>, <c>YYYY-MM-DD</c>);</item>
/// <item>it contains one of <see cref="CompletenessOptions.Markers"/>, or <see cref="CompletenessOptions.IsPlaceholder"/> says so.</item>
/// </list>
/// <para>A value equal to the member's <see cref="FieldAttribute.Default"/> is never a placeholder. On a member
/// marked <see cref="AllowPlaceholderLikeAttribute"/> (and when <see cref="CompletenessOptions.DetectPlaceholderLike"/>
/// is false) only the rules about the member's own placeholder apply.</para>
/// </remarks>
public static class Placeholders
{
    private static readonly string[] BuiltInMarkers = { "XX%", "TASK-XXX", "[X]", "YYYY-MM-DD" };
    private static readonly string[] BuiltInWords = { "X", "Y", "XX", "XXX", "TBD", "TBA", "TODO" };

    /// <summary>Template markers that make a value a placeholder wherever they appear in it (case-sensitive).</summary>
    public static IReadOnlyList<string> Markers => BuiltInMarkers;

    /// <summary>Values that are placeholders when they are the whole value (<c>TBD</c>, <c>TBA</c> and <c>TODO</c> in any case).</summary>
    public static IReadOnlyList<string> Words => BuiltInWords;

    /// <summary>Whether <paramref name="value"/> looks like a placeholder by the built-in rules and <paramref name="options"/>.</summary>
    public static bool LooksLikePlaceholder(string? value, CompletenessOptions? options = null) =>
        value is not null && LooksLike(value, value.AsSpan().Trim(), options ?? CompletenessOptions.Default, HasMarkerCharacter(value.AsSpan().Trim()));

    /// <summary>
    /// Whether <paramref name="value"/>, the value of a member whose template shows <paramref name="placeholder"/>,
    /// is still a placeholder.
    /// </summary>
    /// <param name="value">The value; <see langword="null"/> or blank values are not placeholders (they are missing or empty).</param>
    /// <param name="placeholder">The member's own template placeholder, if any.</param>
    /// <param name="defaultValue">The member's <see cref="FieldAttribute.Default"/>, which is always accepted.</param>
    /// <param name="allowPlaceholderLike">Apply only the rules about the member's own placeholder.</param>
    /// <param name="options">Report-wide markers and rules.</param>
    public static bool IsPlaceholder(string? value, string? placeholder, string? defaultValue = null, bool allowPlaceholderLike = false, CompletenessOptions? options = null)
    {
        if (value is null)
        {
            return false;
        }

        return IsPlaceholder(value, value.AsSpan().Trim(), placeholder, defaultValue, allowPlaceholderLike, options);
    }

    /// <summary><see cref="IsPlaceholder(string?, string?, string?, bool, CompletenessOptions?)"/> of a value already trimmed.</summary>
    internal static bool IsPlaceholder(string value, ReadOnlySpan<char> trimmed, string? placeholder, string? defaultValue, bool allowPlaceholderLike, CompletenessOptions? options)
    {
        if (trimmed.Length == 0 || (defaultValue is not null && trimmed.SequenceEqual(defaultValue.AsSpan().Trim())))
        {
            return false;
        }

        // One scan decides for most values: every built-in marker and every bracketed part of a placeholder holds
        // an 'X', a 'Y' or a '['.
        var marked = HasMarkerCharacter(trimmed);
        if (placeholder is not null && IsOwnPlaceholder(trimmed, placeholder, marked))
        {
            return true;
        }

        options ??= CompletenessOptions.Default;
        return !allowPlaceholderLike && LooksLike(value, trimmed, options, marked);
    }

    private static bool HasMarkerCharacter(ReadOnlySpan<char> value) => value.IndexOfAny('X', 'Y', '[') >= 0;

    private static bool IsOwnPlaceholder(ReadOnlySpan<char> value, string placeholder, bool marked)
    {
        var own = placeholder.AsSpan().Trim();
        if (value.Length == own.Length && value.SequenceEqual(own) && LooksLikeBuiltIn(own, HasMarkerCharacter(own)))
        {
            return true;
        }

        if (!marked || value.IndexOf('[') < 0)
        {
            return false;
        }

        // A bracketed part of the member's placeholder left in: "src/Orders/[filename]".
        var start = own.IndexOf('[');
        while (start >= 0)
        {
            var length = own.Slice(start).IndexOf(']') + 1;
            if (length <= 0)
            {
                break;
            }

            if (length >= 3 && value.IndexOf(own.Slice(start, length)) >= 0)
            {
                return true;
            }

            var next = own.Slice(start + length).IndexOf('[');
            start = next < 0 ? -1 : start + length + next;
        }

        return false;
    }

    private static bool LooksLike(string value, ReadOnlySpan<char> trimmed, CompletenessOptions options, bool marked)
    {
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (options.DetectPlaceholderLike && LooksLikeBuiltIn(trimmed, marked))
        {
            return true;
        }

        var markers = options.Markers;
        for (var i = 0; i < markers.Count; i++)
        {
            var marker = markers[i];
            if (!string.IsNullOrEmpty(marker) && trimmed.IndexOf(marker.AsSpan()) >= 0)
            {
                return true;
            }
        }

        return options.IsPlaceholder is { } custom && custom(value);
    }

    /// <param name="value">The trimmed value.</param>
    /// <param name="marked">Whether it holds an 'X', a 'Y' or a '[' (<see cref="HasMarkerCharacter"/>).</param>
    private static bool LooksLikeBuiltIn(ReadOnlySpan<char> value, bool marked)
    {
        if (value.Length == 0)
        {
            return false;
        }

        if (value.Length >= 2 && value[0] == '[' && value[value.Length - 1] == ']')
        {
            return true;
        }

        if (IsWord(value))
        {
            return true;
        }

        // Every built-in marker holds an X, a Y or a '[': skip the searches for most values.
        if (!marked)
        {
            return false;
        }

        foreach (var marker in BuiltInMarkers)
        {
            if (value.IndexOf(marker.AsSpan()) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(ReadOnlySpan<char> value)
    {
        switch (value[0])
        {
            case 'X' or 'Y':
                foreach (var word in BuiltInWords)
                {
                    if (value.SequenceEqual(word.AsSpan()))
                    {
                        return true;
                    }
                }

                return false;
            case 'T' or 't':
                return StartsWithWord(value, "TODO") || StartsWithWord(value, "TBD") || StartsWithWord(value, "TBA");
            default:
                return false;
        }
    }

    private static bool StartsWithWord(ReadOnlySpan<char> value, string word) =>
        value.StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase)
        && (value.Length == word.Length || !char.IsLetterOrDigit(value[word.Length]));
}
