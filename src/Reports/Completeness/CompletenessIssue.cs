namespace Reports;

/// <summary>What is wrong with a required value.</summary>
public enum CompletenessIssueKind
{
    /// <summary>The value is absent (<see langword="null"/>), or a required section holds no instance.</summary>
    Missing = 1,

    /// <summary>The value is present but empty: blank text, or a required list without items.</summary>
    Empty = 2,

    /// <summary>The value is still a template placeholder (<c>[Date]</c>, <c>TASK-XXX</c>, <c>TBD</c>, …).</summary>
    Placeholder = 3,

    /// <summary>The value cannot be right: an enum value that is not one of the defined options.</summary>
    Invalid = 4,
}

/// <summary>One required value of a report that still has to be filled or fixed.</summary>
/// <param name="Path">
/// Where the value is, by headings and labels joined by <c>" › "</c>, with item numbers for list items:
/// <c>Implementation Details › Self-Test Results › Test Date</c>, <c>Revision 2 › Issues Addressed › 1 › Fix</c>.
/// </param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">
/// A sentence a person or an agent can act on, naming the path and what to do:
/// <c>Implementation Details › Self-Test Results › Test Date is missing: fill in [Date].</c>
/// </param>
public sealed record CompletenessIssue(string Path, CompletenessIssueKind Kind, string Message)
{
    /// <summary>
    /// The role that fills the part (<see cref="SectionAttribute.FilledBy"/>, inherited from enclosing sections),
    /// or <see langword="null"/> when the part belongs to no role.
    /// </summary>
    public string? Role { get; init; }

    /// <summary>
    /// The 1-based line of the value in the Markdown it was read from, when known; <see langword="null"/> for
    /// reports built in code.
    /// </summary>
    public int? Line { get; init; }

    /// <summary>The message, with the line when it is known.</summary>
    public override string ToString() => Line is { } line ? "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Message : Message;
}
