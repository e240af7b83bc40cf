using System;

namespace Reports;

/// <summary>
/// A heading and its content. The heading level follows nesting: sections of the report are
/// <c>##</c>, sections inside them <c>###</c>, and so on.
/// </summary>
/// <remarks>
/// <para>On a property of a record type, the record's members form the section's body.</para>
/// <para>On a <see cref="string"/>, the body is a free-text paragraph; on a <see cref="CodeBlock"/>, a fenced
/// code block; on a list, the body is that list (use <see cref="ListAttribute"/>, <see cref="TableAttribute"/>,
/// <see cref="ChecklistAttribute"/> or <see cref="RepeatedAttribute"/> beside it to say how it is laid out).</para>
/// <para>On a list of records whose heading contains <c>{n}</c> (<c>"Revision {n}"</c>), the section is repeated,
/// once per item, numbered from 1.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class SectionAttribute : ReportPartAttribute
{
    /// <summary>Creates a section with the given heading text.</summary>
    public SectionAttribute(string heading) => Heading = heading;

    /// <summary>The heading text; <c>{n}</c> is the item number in a repeated section.</summary>
    public string Heading { get; }

    /// <summary>An emoji written before the heading text: <c>## 📋 Implementation Overview</c>.</summary>
    public string? Emoji { get; set; }

    /// <summary>
    /// A line shown under the heading in the blank template only, e.g.
    /// <c>[Code Reviewer Agent fills this section]</c>.
    /// </summary>
    public string? Guidance { get; set; }

    /// <summary>
    /// An HTML comment the blank template shows above the heading (for a repeated section, above the first instance), as
    /// spec-kit's templates warn over their sample items (<c>&lt;!-- IMPORTANT: The checklist items below are SAMPLE ITEMS … --&gt;</c>).
    /// Reports leave it out; a reader drops it where an agent kept it, as it drops every comment.
    /// </summary>
    public string? GuidanceAbove { get; set; }

    /// <summary>
    /// No blank line between the <see cref="GuidanceAbove"/> comment and the heading, as MADR's decision records mark
    /// their optional sections (<c>&lt;!-- This is an optional element. Feel free to remove. --&gt;</c> then <c>## Validation</c>).
    /// </summary>
    public bool CompactGuidanceAbove { get; set; }

    /// <summary>
    /// The heading's level (2–6), where a template gives a section another level than its place would (Google's SRE
    /// postmortem opens with <c>### Date</c>, <c>### Authors</c>, … before its <c>## Action Items</c>). Its own sections
    /// go one level deeper. 0, the default, takes the level from the nesting.
    /// </summary>
    public int HeadingLevel { get; set; }

    /// <summary>No blank line between the heading and its content (<c>## Task Overview</c> then <c>- **Task ID**: …</c>).</summary>
    public bool Compact { get; set; }

    /// <summary>
    /// No blank line between the <see cref="Guidance"/> and the content under it, as templates put a comment right over
    /// the checks it is about (<c>&lt;!-- Select one: --&gt;</c> then <c>- [ ] …</c>).
    /// </summary>
    public bool CompactGuidance { get; set; }

    /// <summary>
    /// A line (or lines) shown after the section's content in the blank template only, as templates close a section
    /// with a pointer (<c>For more information, see the `CONTRIBUTING` guide.</c>). A reader skips it where a report keeps it.
    /// </summary>
    public string? TrailingGuidance { get; set; }

    /// <summary>Who fills this section (a role such as <c>Code Reviewer Agent</c>), for per-role completeness.</summary>
    public string? FilledBy { get; set; }

    /// <summary>
    /// For a repeated section: a line shown after the instances in the blank template only, e.g.
    /// <c>[Repeat "Revision N" sections as needed]</c>.
    /// </summary>
    public string? RepeatGuidance { get; set; }

    /// <summary>
    /// For a repeated section: how many example instances the blank template shows (spec-kit's spec shows three user
    /// stories). By default, as many as the longest <see cref="PlaceholderAttribute"/> of the record's members, and at least one.
    /// </summary>
    public int TemplateItems { get; set; }

    /// <summary>
    /// For a repeated section: a horizontal rule (<c>---</c>) after each instance, as spec-kit's spec closes each user story
    /// (<see cref="ReportPartAttribute.RuleBefore"/> puts one before each).
    /// </summary>
    public bool RuleAfter { get; set; }
}
