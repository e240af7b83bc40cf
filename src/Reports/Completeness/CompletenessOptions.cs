using System;
using System.Collections.Generic;

namespace Reports;

/// <summary>
/// Report-wide settings of a completeness check: which values count as placeholders besides the built-in rules
/// of <see cref="Placeholders"/>.
/// </summary>
/// <example>
/// <code>
/// var options = new CompletenessOptions
/// {
///     Markers = new[] { "DRAFT", "&lt;fill in&gt;" },
///     IsPlaceholder = value => value.StartsWith("Lorem ipsum", StringComparison.Ordinal),
/// };
/// var result = report.CheckCompleteness(options: options);
/// </code>
/// </example>
public sealed class CompletenessOptions
{
    /// <summary>The built-in rules only.</summary>
    public static CompletenessOptions Default { get; } = new();

    /// <summary>
    /// Extra markers: a text value that contains one of them (ordinal, case-sensitive) is a placeholder.
    /// </summary>
    public IReadOnlyList<string> Markers { get; init; } = Array.Empty<string>();

    /// <summary>A custom rule: a text value for which it returns true is a placeholder.</summary>
    public Func<string, bool>? IsPlaceholder { get; init; }

    /// <summary>
    /// Whether values that merely look like placeholders (<c>[…]</c>, <c>TBD</c>, <c>XX%</c>, …) are reported.
    /// True by default; when false only a value equal to (or containing a bracketed part of) the member's own
    /// template placeholder is reported. Members marked <see cref="AllowPlaceholderLikeAttribute"/> behave as if
    /// this were false.
    /// </summary>
    public bool DetectPlaceholderLike { get; init; } = true;
}
