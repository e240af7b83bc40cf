using System;
using System.Collections.Generic;
using System.Globalization;

namespace Reports;

/// <summary>
/// The outcome of a completeness check: every issue found, and how many required values are filled.
/// A struct, so that checking a complete report allocates nothing.
/// </summary>
public readonly struct CompletenessResult
{
    private readonly IReadOnlyList<CompletenessIssue>? _issues;

    /// <summary>Creates a result.</summary>
    /// <param name="issues">The issues found, in report order.</param>
    /// <param name="filled">How many required values are filled.</param>
    /// <param name="required">How many values are required.</param>
    /// <param name="role">The role the check was limited to, or <see langword="null"/> for the whole report.</param>
    public CompletenessResult(IReadOnlyList<CompletenessIssue> issues, int filled, int required, string? role)
    {
        _issues = issues ?? throw new ArgumentNullException(nameof(issues));
        Filled = filled;
        Required = required;
        Role = role;
    }

    /// <summary>Every required value that is missing, empty, a placeholder or invalid, in report order.</summary>
    public IReadOnlyList<CompletenessIssue> Issues => _issues ?? Array.Empty<CompletenessIssue>();

    /// <summary>How many of the <see cref="Required"/> values are filled correctly.</summary>
    public int Filled { get; }

    /// <summary>
    /// How many values were required: every required field, text, code block and list, and every value of
    /// every list item, in the parts checked (one role's sections when <see cref="Role"/> is set).
    /// </summary>
    public int Required { get; }

    /// <summary>The role the check was limited to, or <see langword="null"/> for the whole report.</summary>
    public string? Role { get; }

    /// <summary>True when no issue was found.</summary>
    public bool IsComplete => Issues.Count == 0;

    /// <summary>A one-line summary: <c>Complete: 42 of 42 required values filled.</c></summary>
    public override string ToString()
    {
        var counts = Filled.ToString(CultureInfo.InvariantCulture) + " of " + Required.ToString(CultureInfo.InvariantCulture) + " required values filled";
        if (IsComplete)
        {
            return "Complete: " + counts + ".";
        }

        var issues = Issues.Count == 1 ? "1 issue" : Issues.Count.ToString(CultureInfo.InvariantCulture) + " issues";
        return "Incomplete: " + counts + "; " + issues + ".";
    }
}
