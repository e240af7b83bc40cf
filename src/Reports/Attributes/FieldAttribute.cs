using System;

namespace Reports;

/// <summary>How a labelled field is laid out.</summary>
public enum FieldLayout
{
    /// <summary>A bullet: <c>- **Label**: value</c>. Adjacent bullet fields form one list.</summary>
    Bullet = 0,

    /// <summary>
    /// A line of a paragraph: <c>**Label**: value</c>. Adjacent line fields form one paragraph,
    /// joined by hard line breaks (two trailing spaces).
    /// </summary>
    Line = 1,

    /// <summary>A paragraph of its own: <c>**Label**: value</c>; the value may span several lines.</summary>
    Paragraph = 2,

    /// <summary>The label on its own line, the value on the lines below it, in the same paragraph.</summary>
    Block = 3,

    /// <summary>
    /// A line of a block quote: <c>&gt; **Label**: value</c>, or <c>&gt; Spec: value</c> with a plain label, as Agent OS's
    /// spec template opens. Adjacent quote fields form one quote, a line each. Reading also takes the lines without <c>&gt;</c>.
    /// </summary>
    Quote = 4,

    /// <summary>
    /// A heading of its own, at the level a section there takes: <c>## Status: Draft</c>, as BMAD's story template gives its
    /// status. What follows it up to the next section is still its record's.
    /// </summary>
    Heading = 5,

    /// <summary>
    /// A <c>key: value</c> line of the YAML front matter that opens the file (<c>---</c> lines around it), as MADR's
    /// decision records carry <c>status</c> and <c>date</c>; the label is the key. Only the report's own record holds
    /// such fields, and they are written first whatever their place among its members. A text value is written plain when
    /// YAML reads it back as that text, in double quotes otherwise; reading takes plain, single- and double-quoted values.
    /// </summary>
    FrontMatter = 6,
}

/// <summary>
/// A labelled value: text, a number, a date, a time, an enum (written with its emoji and label) or an
/// <see cref="InlineAttribute"/> record.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class FieldAttribute : ReportPartAttribute
{
    /// <summary>Creates a field with the given bold label.</summary>
    public FieldAttribute(string label) => Label = label;

    /// <summary>The label, written in bold and followed by a colon.</summary>
    public string Label { get; }

    /// <summary>How the field is laid out; <see cref="FieldLayout.Bullet"/> unless said otherwise.</summary>
    public FieldLayout Layout { get; set; }

    /// <summary>
    /// A value that is already right for most reports (<c>Backend Developer Agent</c>). The blank template
    /// shows it instead of a placeholder, and it is not reported as a placeholder when left as it is.
    /// </summary>
    public string? Default { get; set; }

    /// <summary>Fixed text written before the value: <c>Prefix = "v"</c> renders <c>v1.2</c>.</summary>
    public string? Prefix { get; set; }

    /// <summary>Fixed text written after the value: <c>"/10 overall implementation complexity"</c>.</summary>
    public string? Suffix { get; set; }

    /// <summary>An emoji written before the bold label: <c>- 📅 **Date**: 2026-12-06</c>. Reading accepts a label with or without one.</summary>
    public string? Emoji { get; set; }

    /// <summary>How the label is punctuated; <see cref="LabelStyle.Default"/> takes the report's <see cref="ReportAttribute.LabelStyle"/>.</summary>
    public LabelStyle LabelStyle { get; set; }

    /// <summary>Writes the value as inline code (<c>`value`</c>).</summary>
    public bool Code { get; set; }

    /// <summary>
    /// For <see cref="FieldLayout.Line"/>: keep the two trailing spaces even on the last line of the
    /// paragraph, as some templates do.
    /// </summary>
    public bool TrailingBreak { get; set; }

    /// <summary>
    /// For <see cref="FieldLayout.Line"/>: the next line follows this one with a plain line break, without the two trailing
    /// spaces of a hard one, where a template leaves them out (spec-kit's plan:
    /// <c>**Branch**: … | **Spec**: [link]</c> then <c>**Input**: …</c>). The lines still read as separate fields.
    /// </summary>
    public bool SoftLineBreak { get; set; }

    /// <summary>For an enum: the text between the options in the blank template; <c>" / "</c> by default.</summary>
    public string? OptionSeparator { get; set; }

    /// <summary>For an enum whose options have emoji: write the label only (<c>PASS</c> rather than <c>✅ PASS</c>).</summary>
    public bool HideEmoji { get; set; }

    /// <summary>
    /// An HTML comment the blank template shows on the line right above the field (VS Code's
    /// <c>&lt;!-- Launch with `code --disable-extensions` to check. --&gt;</c>). Reports leave it out; a reader drops it
    /// where an agent kept it, as it drops every comment.
    /// </summary>
    public string? Guidance { get; set; }
}
