namespace Reports;

/// <summary>How a bold label is punctuated: where its colon goes, if it has one.</summary>
/// <remarks>
/// Reading accepts every style whatever the report says (agents mix them); the style decides what is written.
/// A <see cref="ReportPartAttribute.Condition"/> stands after the bold text in <see cref="ColonAfterBold"/>
/// (<c>**Deleted** (if applicable):</c>) and inside it otherwise (<c>**Deleted (if applicable):**</c>).
/// </remarks>
public enum LabelStyle
{
    /// <summary>The report's style (<see cref="ReportAttribute.LabelStyle"/>); for a report, <see cref="ColonAfterBold"/>.</summary>
    Default = 0,

    /// <summary><c>**Label**: value</c>.</summary>
    ColonAfterBold = 1,

    /// <summary><c>**Label:** value</c>.</summary>
    ColonInsideBold = 2,

    /// <summary>
    /// <c>**Label**</c> alone on its line, the value on the lines below (GitHub's issue templates): for a field with
    /// <see cref="FieldLayout.Block"/> and for the label of a list, table or checklist. On a value that follows its
    /// label on the same line it is an error (RPT0006): nothing would tell the label's end from a value starting
    /// with <c>:</c> or <c>(</c>.
    /// </summary>
    NoColon = 3,

    /// <summary>
    /// <c>Label: value</c>, the label not bold, as templates write the fields of a group (<c>- OS: [e.g. iOS]</c>). For a
    /// field whose value is on the label's line (<see cref="FieldLayout.Bullet"/>, <see cref="FieldLayout.Line"/> or
    /// <see cref="FieldLayout.Quote"/>), and
    /// for the label of a list, table or checklist, alone on its line (VS Code's <c>Steps to Reproduce:</c>).
    /// Reading also takes the label in bold.
    /// </summary>
    Plain = 4,

    /// <summary>
    /// <c>Label value</c>: the label not bold and no colon, as GitHub's bug report template writes
    /// <c>- Browser [e.g. chrome, safari]</c>. For a field whose value is on the label's line. Reading also takes
    /// <c>Label: value</c> and the label in bold; a value that starts with a colon is written with it escaped.
    /// </summary>
    PlainNoColon = 5,
}
