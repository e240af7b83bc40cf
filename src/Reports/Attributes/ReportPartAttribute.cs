using System;

namespace Reports;

/// <summary>Options shared by every attribute that places a member in a report.</summary>
public abstract class ReportPartAttribute : Attribute
{
    /// <summary>
    /// A condition shown in the blank template after the label or heading, in parentheses:
    /// <c>"if applicable"</c> renders <c>**Deleted** (if applicable):</c>. Given with its own parentheses, emphasized or
    /// not, it is written as given: <c>"*(mandatory)*"</c> renders <c>## User Scenarios *(mandatory)*</c>. It is template
    /// text only; filled reports do not repeat it, and a reader drops it where kept, in any of these forms. Whether the part
    /// is required is said by <see cref="Optional"/>.
    /// </summary>
    public string? Condition { get; set; }

    /// <summary>
    /// The part may be left out of a complete report. An optional part that is <see langword="null"/>
    /// (or an empty list) is not written at all; a required one that is missing is written as its
    /// blank template, so a draft shows what is still to be filled.
    /// </summary>
    public bool Optional { get; set; }

    /// <summary>Writes a horizontal rule (<c>---</c>) before this part (before every instance of a repeated section).</summary>
    public bool RuleBefore { get; set; }

    /// <summary>
    /// How many blank lines the blank template leaves before this part, where a template leaves more than one
    /// (TensorFlow's issue templates: two after the note, three after the system information). Reports leave one, and a
    /// reader takes any number as one. 0, the default, is one.
    /// </summary>
    public int BlankLinesBefore { get; set; }
}
