using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Reports;

/// <summary>
/// Gathers the outcome of a generated completeness check: it counts required values, decides what is a
/// placeholder (through <see cref="Placeholders"/>) and words every issue. Generated code passes it by reference
/// from section to section; nothing is allocated until the first issue.
/// </summary>
/// <remarks>
/// Hints passed in are verb phrases (<c>fill in [Date]</c>, <c>choose one of APPROVED / REJECTED</c>); the messages
/// read <c>{path} is missing: {hint}.</c>, <c>{path} is empty: {hint}.</c>,
/// <c>{path} still holds the placeholder "{value}": replace it with the real value.</c> and
/// <c>{path} is {value}, which is not one of its options: {hint}.</c>, with
/// <c> (required when {condition})</c> before the final period for conditionally required parts.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct CompletenessCollector
{
    private const int MaxQuotedLength = 60;

    private readonly CompletenessOptions _options;
    private readonly bool _builtInRulesOnly;
    private List<CompletenessIssue>? _issues;
    private int _filled;
    private int _required;

    /// <summary>Starts a check of the parts <paramref name="role"/> fills (all parts when null).</summary>
    public CompletenessCollector(string? role, CompletenessOptions? options)
    {
        Role = role;
        _options = options ?? CompletenessOptions.Default;
        _builtInRulesOnly = _options.Markers.Count == 0 && _options.IsPlaceholder is null;
        _issues = null;
        _filled = 0;
        _required = 0;
        FilledBy = null;
        RequiredWhen = null;
    }

    /// <summary>The role the check is limited to, or <see langword="null"/> for the whole report.</summary>
    public string? Role { get; }

    /// <summary>The role of the parts being checked now; issues are attributed to it.</summary>
    public string? FilledBy { get; set; }

    /// <summary>
    /// The condition that makes the part being checked required, when that part is absent as a whole (a
    /// conditionally required section); messages of the values inside it name the condition.
    /// </summary>
    public string? RequiredWhen { get; set; }

    /// <summary>Whether parts filled by <paramref name="role"/> (null: parts of no role) are checked.</summary>
    public readonly bool Includes(string? role) => Role is null || (role is not null && string.Equals(Role, role, StringComparison.Ordinal));

    /// <summary>Counts one required value that is filled.</summary>
    public void Pass()
    {
        _required++;
        _filled++;
    }

    /// <summary>Reports a required value that is absent.</summary>
    public void Missing(in ReportPath path, string hint, string? requiredWhen = null) =>
        Add(path, CompletenessIssueKind.Missing, "is missing: " + hint + Because(requiredWhen) + ".");

    /// <summary>Reports a required value that is present but empty.</summary>
    public void Empty(in ReportPath path, string hint, string? requiredWhen = null) =>
        Add(path, CompletenessIssueKind.Empty, "is empty: " + hint + Because(requiredWhen) + ".");

    /// <summary>Reports a value that is still a placeholder.</summary>
    public void Placeholder(in ReportPath path, string value) =>
        Add(path, CompletenessIssueKind.Placeholder, "still holds the placeholder \"" + Quote(value) + "\": replace it with the real value.");

    /// <summary>Reports a value that cannot be right (an enum value that is not an option).</summary>
    public void Invalid(in ReportPath path, string value, string hint) =>
        Add(path, CompletenessIssueKind.Invalid, "is " + Quote(value) + ", which is not one of its options: " + hint + ".");

    /// <summary>Checks a text value: missing, empty (blank) or a placeholder.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Where it is.</param>
    /// <param name="hint">What to do when it is missing or empty (<c>fill in [Date]</c>).</param>
    /// <param name="placeholder">The member's own template placeholder.</param>
    /// <param name="defaultValue">The member's default, never a placeholder.</param>
    /// <param name="required">False for an optional value: blank is fine, a placeholder is still reported.</param>
    /// <param name="requiredWhen">The condition that made the value required, for the message.</param>
    /// <param name="allowPlaceholderLike">Report only the member's own placeholder (<see cref="AllowPlaceholderLikeAttribute"/>).</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Text(string? value, in ReportPath path, string hint, string? placeholder = null, string? defaultValue = null,
        bool required = true, string? requiredWhen = null, bool allowPlaceholderLike = false)
    {
        if (!IsQuicklyFilled(value, placeholder, required))
        {
            CheckText(value, path, hint, placeholder, defaultValue, required, requiredWhen, allowPlaceholderLike);
        }
    }

    /// <inheritdoc cref="Text(string?, in ReportPath, string, string?, string?, bool, string?, bool)"/>
    /// <remarks>
    /// For a path without numbers (most values): the path is passed as it stands, and the <see cref="ReportPath"/>
    /// is made only for a value that takes the full check.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Text(string? value, string path, string hint, string? placeholder = null, string? defaultValue = null,
        bool required = true, string? requiredWhen = null, bool allowPlaceholderLike = false)
    {
        if (!IsQuicklyFilled(value, placeholder, required))
        {
            CheckText(value, new ReportPath(path), hint, placeholder, defaultValue, required, requiredWhen, allowPlaceholderLike);
        }
    }

    /// <summary>The full check of a text value that <see cref="IsQuicklyFilled"/> did not decide.</summary>
    private void CheckText(string? value, in ReportPath path, string hint, string? placeholder, string? defaultValue,
        bool required, string? requiredWhen, bool allowPlaceholderLike)
    {
        if (value is null)
        {
            if (required && defaultValue is not null)
            {
                // The report shows the default in its place (the writer writes it), as the template does.
                Pass();
            }
            else if (required)
            {
                Missing(path, hint, requiredWhen ?? RequiredWhen);
            }

            return;
        }

        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length == 0)
        {
            if (required)
            {
                Empty(path, hint, requiredWhen ?? RequiredWhen);
            }

            return;
        }

        if (Placeholders.IsPlaceholder(value, trimmed, placeholder, defaultValue, allowPlaceholderLike, _options))
        {
            Placeholder(path, value);
        }
        else if (required)
        {
            Pass();
        }
    }

    /// <summary>Checks that a number, date or other value is present.</summary>
    public void Value<T>(T? value, in ReportPath path, string hint, bool required = true, string? requiredWhen = null)
        where T : struct
    {
        if (!required)
        {
            return;
        }

        if (value.HasValue)
        {
            Pass();
        }
        else
        {
            Missing(path, hint, requiredWhen ?? RequiredWhen);
        }
    }

    /// <inheritdoc cref="Value{T}(T?, in ReportPath, string, bool, string?)"/>
    /// <remarks>For a path without numbers: the <see cref="ReportPath"/> is made only for an issue.</remarks>
    public void Value<T>(T? value, string path, string hint, bool required = true, string? requiredWhen = null)
        where T : struct
    {
        if (value.HasValue)
        {
            if (required)
            {
                Pass();
            }
        }
        else
        {
            Value(value, new ReportPath(path), hint, required, requiredWhen);
        }
    }

    /// <inheritdoc cref="Option{T}(T?, bool, in ReportPath, string, bool, string?)"/>
    /// <remarks>For a path without numbers: the <see cref="ReportPath"/> is made only for an issue.</remarks>
    public void Option<T>(T? value, bool isOption, string path, string hint, bool required = true, string? requiredWhen = null)
        where T : struct, Enum
    {
        if (value.HasValue && isOption)
        {
            if (required)
            {
                Pass();
            }
        }
        else
        {
            Option(value, isOption, new ReportPath(path), hint, required, requiredWhen);
        }
    }

    /// <summary>Checks an enum value: missing, or not one of the defined options (<paramref name="isOption"/> false).</summary>
    public void Option<T>(T? value, bool isOption, in ReportPath path, string hint, bool required = true, string? requiredWhen = null)
        where T : struct, Enum
    {
        if (value is not { } present)
        {
            if (required)
            {
                Missing(path, hint, requiredWhen ?? RequiredWhen);
            }
        }
        else if (!isOption)
        {
            Invalid(path, present.ToString(), hint);
        }
        else if (required)
        {
            Pass();
        }
    }

    /// <summary>
    /// Checks a fenced code block: missing, empty, or still its template (the code or the language placeholder).
    /// Code is only compared with the member's own placeholder: brackets and <c>X</c> are ordinary in code.
    /// </summary>
    public void Code(string? code, string? language, in ReportPath path, string hint, string? placeholder = null, string? languagePlaceholder = null,
        bool required = true, string? requiredWhen = null)
    {
        if (code is null || IsBlank(code))
        {
            if (required && code is null)
            {
                Missing(path, hint, requiredWhen ?? RequiredWhen);
            }
            else if (required)
            {
                Empty(path, hint, requiredWhen ?? RequiredWhen);
            }

            return;
        }

        if (Placeholders.IsPlaceholder(code, placeholder, allowPlaceholderLike: true, options: _options))
        {
            Placeholder(path, code);
        }
        else if (languagePlaceholder is not null && language is not null && language.Trim() == languagePlaceholder)
        {
            Placeholder(path, language);
        }
        else if (required)
        {
            Pass();
        }
    }

    /// <inheritdoc cref="List(int?, in ReportPath, string, bool, string?)"/>
    /// <remarks>For a path without numbers: the <see cref="ReportPath"/> is made only for an issue.</remarks>
    public void List(int? count, string path, string hint, bool required = true, string? requiredWhen = null)
    {
        if (count > 0)
        {
            if (required)
            {
                Pass();
            }
        }
        else
        {
            List(count, new ReportPath(path), hint, required, requiredWhen);
        }
    }

    /// <summary>Checks that a required list has items: a missing list is <c>Missing</c>, an empty one <c>Empty</c>.</summary>
    public void List(int? count, in ReportPath path, string hint, bool required = true, string? requiredWhen = null)
    {
        if (!required)
        {
            return;
        }

        if (count is null)
        {
            Missing(path, hint, requiredWhen ?? RequiredWhen);
        }
        else if (count.Value == 0)
        {
            Empty(path, hint, requiredWhen ?? RequiredWhen);
        }
        else
        {
            Pass();
        }
    }

    /// <summary>Checks that a required repeated section has at least one instance; none is <c>Missing</c>.</summary>
    public void Sections(int? count, in ReportPath path, string hint, bool required = true, string? requiredWhen = null)
    {
        if (!required)
        {
            return;
        }

        if (count is null || count.Value == 0)
        {
            Missing(path, hint, requiredWhen ?? RequiredWhen);
        }
        else
        {
            Pass();
        }
    }

    /// <summary>
    /// Counts a text value that is certainly filled by <see cref="PlaceholderRules.IsCertainlyNotPlaceholder"/> (most
    /// real values, decided by one search); false leaves it to the full check. Extra markers or a custom rule in the
    /// options always need the full check.
    /// </summary>
    private bool IsQuicklyFilled(string? value, string? placeholder, bool required)
    {
        if (value is null || !_builtInRulesOnly || !PlaceholderRules.IsCertainlyNotPlaceholder(value, placeholder))
        {
            return false;
        }

        if (required)
        {
            Pass();
        }

        return true;
    }

    /// <summary>The result: the issues in report order and the counts.</summary>
    public readonly CompletenessResult ToResult() =>
        new(_issues is null ? Array.Empty<CompletenessIssue>() : _issues.ToArray(), _filled, _required, Role);

    private void Add(in ReportPath path, CompletenessIssueKind kind, string problem)
    {
        _required++;
        var text = path.ToString();
        (_issues ??= new List<CompletenessIssue>()).Add(new CompletenessIssue(text, kind, text + " " + problem) { Role = FilledBy });
    }

    private static string Because(string? requiredWhen) => requiredWhen is null ? string.Empty : " (required when " + requiredWhen + ")";

    private static bool IsBlank(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Quote(string value)
    {
        var trimmed = value.Trim().Replace("\n", " ").Replace("\r", string.Empty);
        return trimmed.Length <= MaxQuotedLength ? trimmed : trimmed.Substring(0, MaxQuotedLength - 1) + "…";
    }
}
