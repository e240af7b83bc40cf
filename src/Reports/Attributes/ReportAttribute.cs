using System;

namespace Reports;

/// <summary>
/// Marks a <c>partial record</c> as a report template. The source generator adds
/// <c>ToMarkdown()</c>, <c>WriteMarkdown(...)</c> and <c>RenderTemplate()</c> to it.
/// </summary>
/// <remarks>
/// The title is written as a level-1 heading. It may name members between braces,
/// by property name or dotted path: <c>"Task Report: {Overview.TaskId} - {TaskName}"</c>.
/// In the blank template each hole shows that member's placeholder.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
public sealed class ReportAttribute : Attribute
{
    /// <summary>A report without a title heading.</summary>
    public ReportAttribute() { }

    /// <summary>A report whose first line is <c># {title}</c>.</summary>
    /// <param name="title">The title; <c>{Member}</c> holes are filled from the report's values.</param>
    public ReportAttribute(string title) => Title = title;

    /// <summary>The title format, or <see langword="null"/> when the report has no title heading.</summary>
    public string? Title { get; }

    /// <summary>Constant Markdown written as the last block of every report, e.g. an italic note.</summary>
    public string? Footer { get; set; }

    /// <summary>
    /// The heading level of the report's sections: 2 (the default, <c>## Summary</c>) to 6. GitHub's issue forms, for
    /// example, write each field as a level-3 heading (<c>### What happened?</c>) under no title.
    /// </summary>
    public int SectionLevel { get; set; }

    /// <summary>
    /// Headings at this level or deeper are followed directly by their content, with no blank line
    /// (as if every such section had <see cref="SectionAttribute.Compact"/>); 0 (the default) for none.
    /// </summary>
    public int CompactHeadingLevel { get; set; }

    /// <summary>
    /// How the report's bold labels are punctuated (<c>**Label**:</c> by default, <c>**Label:**</c> with
    /// <see cref="Reports.LabelStyle.ColonInsideBold"/>); a part's own <c>LabelStyle</c> overrides it.
    /// <see cref="Reports.LabelStyle.NoColon"/> is given per part, where the value starts on the next line.
    /// </summary>
    public LabelStyle LabelStyle { get; set; }

    /// <summary>
    /// Adjacent <see cref="FieldLayout.Line"/> fields end their lines with a plain line break instead of a hard
    /// break (two trailing spaces), as templates that stack <c>**Label:** value</c> lines often do. Markdown then
    /// shows them as one line; reading is the same either way.
    /// </summary>
    public bool SoftLineBreaks { get; set; }

    /// <summary>The marker of bullet lists, fields, checks and indicators: <c>'-'</c> (the default), <c>'*'</c> or <c>'+'</c>. Reading accepts all three.</summary>
    public char Bullet { get; set; } = '-';

    /// <summary>Writes a horizontal rule (<c>---</c>) before the <see cref="Footer"/>.</summary>
    public bool RuleBeforeFooter { get; set; }

    /// <summary>
    /// The YAML front matter of the blank template: the text between its <c>---</c> lines, as GitHub's issue templates
    /// carry it (<c>name: Bug report\nabout: …</c>). Only the template is written with it (GitHub drops it from the
    /// issue); a reader skips it when a report keeps it, and reports front matter that differs from it. With fields laid
    /// out as <see cref="FieldLayout.FrontMatter"/>, the template shows these lines above the fields' lines (a comment
    /// such as MADR's <c># These are optional elements.</c>), and a reader skips them where a report keeps them.
    /// </summary>
    public string? FrontMatter { get; set; }

    /// <summary>
    /// No blank line between the front matter's closing <c>---</c> and the title (or the first part), as MADR's decision
    /// record template has it. Reading is the same either way.
    /// </summary>
    public bool CompactFrontMatter { get; set; }

    /// <summary>
    /// Markdown the blank template shows before the report's first part, under the title (or at the top when there is
    /// none): the comment, note or alert with which templates open (<c>&lt;!-- Thank you for reporting a bug. --&gt;</c>,
    /// <c>&gt; [!IMPORTANT]</c>). Only the template is written with it; a reader skips it where a report keeps it.
    /// </summary>
    public string? Preamble { get; set; }

    /// <summary>
    /// Blank lines the blank template ends with, after its last line (0 to 9), as MADR's and Go's templates end with one
    /// or more. Reports end with their last line; reading ignores blank lines at the end either way.
    /// </summary>
    public int TrailingBlankLines { get; set; }

    /// <summary>Writes the <see cref="Preamble"/> above the title instead of under it (a template that opens with a credit or comments).</summary>
    public bool PreambleAboveTitle { get; set; }
}
