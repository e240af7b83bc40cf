using System;
using System.Collections.Generic;

namespace Reports;

/// <summary>
/// The one place that decides whether a text value is still a template placeholder rather than real content.
/// Completeness checks use it for every text value; it is public so that other tools agree with them. The built-in
/// rules are the ones the RPT0102 analyzer applies at compile time (one source file compiled into both).
/// </summary>
/// <remarks>
/// <para>A value is a placeholder when, ignoring surrounding white space:</para>
/// <list type="bullet">
/// <item>it equals the member's own template placeholder (in any case) when that placeholder looks like one
/// (<c>TASK-XXX</c>) or holds a <c>[word]</c> (<c>src/[path]/[filename]</c>);</item>
/// <item>it still holds a bracketed word of the member's own placeholder (<c>[filename]</c> in <c>src/Orders/[filename]</c>);</item>
/// <item>it is bracketed as a whole, with words or nothing inside: <c>[Date]</c>, <c>[Description of the change]</c>,
/// <c>[ ]</c> (not <c>[1, 2]</c>);</item>
/// <item>it is one of the <see cref="Words"/> as the whole value in any case (a final <c>.</c>, <c>!</c> or <c>:</c> aside),
/// or starts with one in capitals as a word (<c>TODO: describe</c>); <c>X</c> and <c>Y</c> count as the whole value only;</item>
/// <item>it holds one of the <see cref="Markers"/> as a word: two or more capital X (<c>XX%</c>, <c>TASK-XXX</c>, not
/// <c>XXL</c>), <c>[X]</c>, or <c>YYYY</c> (<c>YYYY-MM-DD</c>, <c>DD/MM/YYYY</c>);</item>
/// <item>it is filler (<c>...</c>, <c>…</c>, <c>???</c>, <c>___</c>) or starts with <c>lorem ipsum</c>;</item>
/// <item>it contains one of <see cref="CompletenessOptions.Markers"/>, or <see cref="CompletenessOptions.IsPlaceholder"/> says so.</item>
/// </list>
/// <para>A value equal to the member's <see cref="FieldAttribute.Default"/> is never a placeholder. On a member
/// marked <see cref="AllowPlaceholderLikeAttribute"/> (and when <see cref="CompletenessOptions.DetectPlaceholderLike"/>
/// is false) only the rules about the member's own placeholder apply.</para>
/// </remarks>
public static class Placeholders
{
    private static readonly string[] BuiltInMarkers = { "XX", "[X]", "YYYY" };
    private static readonly string[] BuiltInWords = { "X", "Y", "TBD", "TBA", "TBC", "TODO", "FIXME", "PLACEHOLDER" };

    /// <summary>
    /// Template markers that make a value a placeholder where they stand as a word (case-sensitive): <c>XX</c>
    /// stands for any run of two or more capital X.
    /// </summary>
    public static IReadOnlyList<string> Markers => BuiltInMarkers;

    /// <summary>
    /// Words that are placeholders as the whole value in any case, or in capitals as the first word (<c>X</c> and
    /// <c>Y</c> as the whole value only).
    /// </summary>
    public static IReadOnlyList<string> Words => BuiltInWords;

    /// <summary>Whether <paramref name="value"/> looks like a placeholder by the built-in rules and <paramref name="options"/>.</summary>
    public static bool LooksLikePlaceholder(string? value, CompletenessOptions? options = null) =>
        value is not null && LooksLike(value, value.AsSpan().Trim(), options ?? CompletenessOptions.Default);

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

        // One vectorized search serves both the member's own placeholder and the built-in rules.
        var marked = PlaceholderRules.HasMarkerCharacter(trimmed);
        if (placeholder is not null && PlaceholderRules.IsOwnPlaceholder(trimmed, placeholder.AsSpan().Trim(), marked))
        {
            return true;
        }

        options ??= CompletenessOptions.Default;
        return !allowPlaceholderLike && LooksLike(value, trimmed, options, marked);
    }

    private static bool LooksLike(string value, ReadOnlySpan<char> trimmed, CompletenessOptions options) =>
        LooksLike(value, trimmed, options, PlaceholderRules.HasMarkerCharacter(trimmed));

    private static bool LooksLike(string value, ReadOnlySpan<char> trimmed, CompletenessOptions options, bool marked)
    {
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (options.DetectPlaceholderLike && PlaceholderRules.LooksLike(trimmed, marked))
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
}
